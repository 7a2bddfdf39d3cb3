//! Translations: one Project Fluent catalogue per language (`locales/<tag>/main.ftl`),
//! compiled into the binary. French is the default and the fallback, string by string: a
//! string missing in Mooré shows in French, never as its key. The same `Lang::t` serves
//! pages, SMS, USSD and e-mail.

use domain::Language;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "fr",
        // Without this, every value is wrapped in invisible U+2068/U+2069 marks.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language we speak, with its translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lang(pub Language);

fn id(language: Language) -> LanguageIdentifier {
    language
        .as_str()
        .parse()
        .expect("our language tags are valid")
}

impl Lang {
    pub const ALL: [Lang; 5] = [
        Lang(Language::French),
        Lang(Language::English),
        Lang(Language::Moore),
        Lang(Language::Dioula),
        Lang(Language::Fulfulde),
    ];

    /// The BCP 47 tag, for `lang` attributes and cookies.
    pub fn tag(self) -> &'static str {
        self.0.as_str()
    }

    /// The language's own name, for the language switcher.
    pub fn endonym(self) -> &'static str {
        match self.0 {
            Language::French => "Français",
            Language::English => "English",
            Language::Moore => "Mooré",
            Language::Dioula => "Dioula",
            Language::Fulfulde => "Fulfulde",
        }
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        Language::parse(tag.trim().to_ascii_lowercase().as_str()).map(Lang)
    }

    /// The first language of an `Accept-Language` header we speak (quality order).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut ranked: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse().ok())
                    .unwrap_or(1.0);
                let primary = tag.split('-').next()?;
                // Fulah is `ff`; Pulaar and Fulfulde variants share it.
                let primary = if matches!(primary, "fuf" | "fuh" | "fuv" | "fuq" | "ful") {
                    "ff"
                } else {
                    primary
                };
                Some((q, Lang::parse(primary)?))
            })
            .filter(|(q, _)| *q > 0.0)
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.first().map(|(_, l)| *l)
    }

    /// The text of `key` in this language, or in French when it has no translation yet.
    pub fn t(self, key: &str) -> String {
        self.lookup(key, None)
    }

    /// The text of `key` with its variables.
    pub fn t_with(self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), FluentValue::from(v.clone())))
            .collect();
        self.lookup(key, Some(&args))
    }

    fn lookup(
        self,
        key: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        let found = |lang: Language| match args {
            Some(a) => LOCALES.try_lookup_with_args(&id(lang), key, a),
            None => LOCALES.try_lookup(&id(lang), key),
        };
        found(self.0)
            .or_else(|| found(Language::French))
            .unwrap_or_else(|| {
                // A test keeps every key in the French catalogue; this is a last resort.
                tracing::error!(key, "missing translation key");
                String::from("…")
            })
    }

    /// Whether this language has its own text for `key` (not the French fallback).
    pub fn has_own(self, key: &str) -> bool {
        static IDS: OnceLock<HashMap<Language, HashSet<&'static str>>> = OnceLock::new();
        let ids = IDS.get_or_init(|| {
            Lang::ALL
                .iter()
                .map(|l| (l.0, message_ids(catalogue(l.0))))
                .collect()
        });
        ids.get(&self.0).is_some_and(|set| set.contains(key))
    }
}

/// The catalogue's source, as compiled in by the loader.
fn catalogue(language: Language) -> &'static str {
    match language {
        Language::French => include_str!("../locales/fr/main.ftl"),
        Language::English => include_str!("../locales/en/main.ftl"),
        Language::Moore => include_str!("../locales/mos/main.ftl"),
        Language::Dioula => include_str!("../locales/dyu/main.ftl"),
        Language::Fulfulde => include_str!("../locales/ff/main.ftl"),
    }
}

/// The message ids a catalogue defines (lines `id = …` at the start of a line).
fn message_ids(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .collect()
}

/// Dates as people here write them (day/month/year, the same in every language we speak),
/// for pages, SMS, USSD and e-mail alike.
pub fn date(d: time::Date) -> String {
    format!("{:02}/{:02}/{}", d.day(), d.month() as u8, d.year())
}

pub fn date_time(t: time::OffsetDateTime) -> String {
    format!("{} {:02}:{:02}", date(t.date()), t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_best_we_speak() {
        let pick = |h| Lang::from_accept_language(h).map(Lang::tag);
        assert_eq!(pick("en-GB,en;q=0.9,fr;q=0.8"), Some("en"));
        assert_eq!(pick("de-DE, mos;q=0.9, fr;q=0.5"), Some("mos"));
        assert_eq!(pick("fr;q=0.2, dyu;q=0.8"), Some("dyu"));
        assert_eq!(pick("fuf"), Some("ff"));
        assert_eq!(pick("de, it"), None);
        assert_eq!(pick("en;q=0"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn missing_strings_fall_back_to_french() {
        let fr = Lang(Language::French).t("site-tagline");
        assert!(!fr.is_empty() && fr != "site-tagline");
        // A key only French has: Fulfulde shows the French text.
        assert_eq!(
            Lang(Language::Fulfulde).t("test-french-only"),
            Lang(Language::French).t("test-french-only")
        );
        assert!(!Lang(Language::Fulfulde).has_own("test-french-only"));
        assert_ne!(Lang(Language::English).t("site-tagline"), fr);
    }

    #[test]
    fn variables_are_filled_without_isolation_marks() {
        let s = Lang(Language::French).t_with(
            "receipt-next",
            &[
                ("ack", "2 décembre".into()),
                ("answer", "9 décembre".into()),
            ],
        );
        assert!(s.contains("9 décembre"), "{s}");
        assert!(!s.contains('\u{2068}'), "{s:?}");
    }
}
