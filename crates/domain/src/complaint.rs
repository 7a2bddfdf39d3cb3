//! The parts of a complaint that must be valid before anything is stored: its kind, the
//! channel it came by, the language it was written in, and its description.

use serde::{Deserialize, Serialize};

/// What a submission is. Kinds share the lifecycle; statistics keep them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Kind {
    #[default]
    Complaint,
    /// A report of corruption or abuse: the complainant's identity is protected most strictly.
    Denunciation,
    Suggestion,
    Compliment,
    InformationRequest,
}

/// How a complaint reached us.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Channel {
    #[default]
    Web,
    Api,
    Sms,
    Ussd,
    Email,
    Phone,
    WalkIn,
    Letter,
    Open311,
}

/// The languages Redress speaks; French is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Language {
    #[default]
    #[serde(rename = "fr")]
    French,
    #[serde(rename = "en")]
    English,
    #[serde(rename = "mos")]
    Moore,
    #[serde(rename = "dyu")]
    Dioula,
    #[serde(rename = "ff")]
    Fulfulde,
}

/// A stored name that is none of an enum's values (a damaged or newer database).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
}

/// `TryFrom<String>` for a type named by `parse`: the stored name, or `UnknownValue`.
macro_rules! from_stored_name {
    ($t:ty) => {
        /// From a stored value: an unknown one is an error, never a default.
        impl TryFrom<String> for $t {
            type Error = $crate::complaint::UnknownValue;
            fn try_from(s: String) -> Result<$t, Self::Error> {
                <$t>::parse(&s).ok_or($crate::complaint::UnknownValue {
                    what: stringify!($t),
                    value: s,
                })
            }
        }
    };
}
pub(crate) use from_stored_name;

macro_rules! string_enum {
    ($t:ty { $($v:ident => $s:literal),+ $(,)? }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            /// The name used in the API and the database.
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),+ }
            }
            pub fn parse(s: &str) -> Option<$t> {
                match s { $($s => Some(<$t>::$v),)+ _ => None }
            }
        }
        from_stored_name!($t);
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}

string_enum!(Kind {
    Complaint => "complaint",
    Denunciation => "denunciation",
    Suggestion => "suggestion",
    Compliment => "compliment",
    InformationRequest => "information_request",
});

string_enum!(Channel {
    Web => "web",
    Api => "api",
    Sms => "sms",
    Ussd => "ussd",
    Email => "email",
    Phone => "phone",
    WalkIn => "walk_in",
    Letter => "letter",
    Open311 => "open311",
});

string_enum!(Language {
    French => "fr",
    English => "en",
    Moore => "mos",
    Dioula => "dyu",
    Fulfulde => "ff",
});

/// The longest description accepted, in characters (about four pages of text).
pub const MAX_DESCRIPTION: usize = 5_000;
/// The shortest description that can say what happened.
pub const MIN_DESCRIPTION: usize = 10;

/// A citizen's account of what happened: trimmed, between the limits, no control characters
/// other than line breaks and tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DescriptionError {
    #[error("the description is too short: write at least {MIN_DESCRIPTION} characters")]
    TooShort,
    #[error("the description is too long: at most {MAX_DESCRIPTION} characters")]
    TooLong,
}

impl Description {
    pub fn parse(raw: &str) -> Result<Description, DescriptionError> {
        // Control characters out before trimming, or "\0 … \0" would keep its spaces.
        let kept: String = raw
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
            .collect();
        let cleaned = kept.trim().to_owned();
        let n = cleaned.chars().count();
        if n < MIN_DESCRIPTION {
            return Err(DescriptionError::TooShort);
        }
        if n > MAX_DESCRIPTION {
            return Err(DescriptionError::TooLong);
        }
        Ok(Description(cleaned))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn description_limits() {
        assert_eq!(
            Description::parse("  short "),
            Err(DescriptionError::TooShort)
        );
        assert_eq!(
            Description::parse(&"é".repeat(MAX_DESCRIPTION + 1)),
            Err(DescriptionError::TooLong)
        );
        let ok = Description::parse(&"é".repeat(MAX_DESCRIPTION)).unwrap();
        assert_eq!(ok.as_str().chars().count(), MAX_DESCRIPTION);
        let d = Description::parse(" Le médecin\u{0}\u{7} exige 2000 F\n ").unwrap();
        assert_eq!(d.as_str(), "Le médecin exige 2000 F");
        // Control characters go before trimming: nothing blank is left at either end.
        assert_eq!(
            Description::parse("\0          \0"),
            Err(DescriptionError::TooShort)
        );
        assert_eq!(
            Description::parse("Pas de médecin \u{7}").unwrap().as_str(),
            "Pas de médecin"
        );
    }

    #[test]
    fn names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(*k));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()), Some(*c));
        }
        for l in Language::ALL {
            assert_eq!(Language::parse(l.as_str()), Some(*l));
            let json = serde_json::to_string(l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.as_str()));
        }
        assert_eq!(Kind::parse("rant"), None);
    }
}
