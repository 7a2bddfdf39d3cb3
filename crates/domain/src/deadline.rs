//! Deadline arithmetic: a number of calendar or working days from the day a complaint was
//! received. Burkina Faso keeps UTC all year, so a deadline is a date, due by its end.
//!
//! Rules (administrative practice, documented in shared/DESIGN.md):
//! - the day of receipt is day 0 and is not counted;
//! - calendar days: every day counts, but a deadline that falls on a weekend or public
//!   holiday moves to the next working day;
//! - working days: only Monday to Friday that are not public holidays count.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use time::{Date, Duration, Month, Weekday};

/// How the days of a delay are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DayCount {
    Calendar,
    Working,
}

impl DayCount {
    pub fn as_str(self) -> &'static str {
        match self {
            DayCount::Calendar => "calendar",
            DayCount::Working => "working",
        }
    }

    pub fn parse(s: &str) -> Option<DayCount> {
        match s {
            "calendar" => Some(DayCount::Calendar),
            "working" => Some(DayCount::Working),
            _ => None,
        }
    }
}

/// A legal delay: so many days, counted one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delay {
    pub days: u16,
    pub count: DayCount,
}

/// How a public holiday falls: every year on a month and day, once on a date, or so many
/// days after Easter Sunday (Ascension is `easter+39`). Written `MM-DD`, `YYYY-MM-DD` or
/// `easter+N` in reference/holidays.csv and the `holidays` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HolidayRule {
    Yearly { month: u8, day: u8 },
    Once(Date),
    Easter(i16),
}

impl HolidayRule {
    pub fn parse(s: &str) -> Option<HolidayRule> {
        if let Some(offset) = s.strip_prefix("easter") {
            let offset = offset.strip_prefix('+').unwrap_or(offset);
            return offset.parse().ok().map(HolidayRule::Easter);
        }
        let parts: Vec<&str> = s.split('-').collect();
        match parts.as_slice() {
            [m, d] => {
                let (month, day) = (m.parse().ok()?, d.parse().ok()?);
                // 2024 is a leap year: every real month-day pair is a date in it.
                Date::from_calendar_date(2024, Month::try_from(month).ok()?, day).ok()?;
                Some(HolidayRule::Yearly { month, day })
            }
            [y, m, d] => Date::from_calendar_date(
                y.parse().ok()?,
                Month::try_from(m.parse::<u8>().ok()?).ok()?,
                d.parse().ok()?,
            )
            .ok()
            .map(HolidayRule::Once),
            _ => None,
        }
    }
}

/// The public holidays, built from their rules.
#[derive(Debug, Clone, Default)]
pub struct HolidayCalendar {
    yearly: BTreeSet<(u8, u8)>,
    once: BTreeSet<Date>,
    easter: BTreeSet<i16>,
}

impl HolidayCalendar {
    pub fn new(rules: impl IntoIterator<Item = HolidayRule>) -> HolidayCalendar {
        let mut c = HolidayCalendar::default();
        for r in rules {
            match r {
                HolidayRule::Yearly { month, day } => c.yearly.insert((month, day)),
                HolidayRule::Once(d) => c.once.insert(d),
                HolidayRule::Easter(n) => c.easter.insert(n),
            };
        }
        c
    }

    pub fn is_holiday(&self, d: Date) -> bool {
        if self.yearly.contains(&(d.month() as u8, d.day())) || self.once.contains(&d) {
            return true;
        }
        if self.easter.is_empty() {
            return false;
        }
        let offset = (d - easter_sunday(d.year())).whole_days();
        i16::try_from(offset).is_ok_and(|o| self.easter.contains(&o))
    }

    pub fn is_working_day(&self, d: Date) -> bool {
        !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && !self.is_holiday(d)
    }

    /// The day by the end of which something received on `start` is due.
    pub fn due_date(&self, start: Date, delay: Delay) -> Date {
        match delay.count {
            DayCount::Calendar => {
                let mut d = start + Duration::days(delay.days.into());
                while !self.is_working_day(d) {
                    d = d.next_day().expect("dates stay far from the end of time");
                }
                d
            }
            DayCount::Working => {
                let mut d = start;
                let mut left = delay.days;
                while left > 0 {
                    d = d.next_day().expect("dates stay far from the end of time");
                    if self.is_working_day(d) {
                        left -= 1;
                    }
                }
                d
            }
        }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
pub fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = Month::try_from(month as u8).expect("Easter falls in March or April");
    Date::from_calendar_date(year, month, day as u8).expect("a valid Easter date")
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn rules(list: &[&str]) -> HolidayCalendar {
        HolidayCalendar::new(list.iter().map(|r| HolidayRule::parse(r).expect(r)))
    }

    /// Burkina Faso's holidays as in reference/holidays.csv (2026 law), with Eid al-Fitr 2026
    /// entered as a dated holiday.
    fn burkina() -> HolidayCalendar {
        rules(&[
            "01-01",
            "03-08",
            "05-01",
            "05-15",
            "08-15",
            "12-11",
            "12-25",
            "easter+39",
            "2026-03-20",
        ])
    }

    fn cal(days: u16) -> Delay {
        Delay {
            days,
            count: DayCount::Calendar,
        }
    }
    fn work(days: u16) -> Delay {
        Delay {
            days,
            count: DayCount::Working,
        }
    }

    #[test]
    fn rules_parse() {
        assert_eq!(
            HolidayRule::parse("12-25"),
            Some(HolidayRule::Yearly { month: 12, day: 25 })
        );
        assert_eq!(
            HolidayRule::parse("02-29"),
            Some(HolidayRule::Yearly { month: 2, day: 29 })
        );
        assert_eq!(
            HolidayRule::parse("2026-03-20"),
            Some(HolidayRule::Once(date!(2026 - 03 - 20)))
        );
        assert_eq!(
            HolidayRule::parse("easter+39"),
            Some(HolidayRule::Easter(39))
        );
        assert_eq!(
            HolidayRule::parse("easter-2"),
            Some(HolidayRule::Easter(-2))
        );
        for bad in ["13-01", "02-30", "2026-02-29", "easter+x", "christmas", ""] {
            assert_eq!(HolidayRule::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter_sunday(2024), date!(2024 - 03 - 31));
        assert_eq!(easter_sunday(2025), date!(2025 - 04 - 20));
        assert_eq!(easter_sunday(2026), date!(2026 - 04 - 05));
        assert_eq!(easter_sunday(2027), date!(2027 - 03 - 28));
        assert_eq!(easter_sunday(2038), date!(2038 - 04 - 25));
    }

    #[test]
    fn movable_christian_holidays() {
        let c = burkina();
        assert!(c.is_holiday(date!(2026 - 05 - 14)), "Ascension 2026");
        assert!(
            !c.is_holiday(date!(2026 - 04 - 06)),
            "Easter Monday is a working day since 2026"
        );
        assert!(rules(&["easter+1"]).is_holiday(date!(2026 - 04 - 06)));
    }

    #[test]
    fn calendar_days_plain() {
        // Tuesday 3 Nov 2026 + 10 = Friday 13 Nov.
        assert_eq!(
            burkina().due_date(date!(2026 - 11 - 03), cal(10)),
            date!(2026 - 11 - 13)
        );
    }

    #[test]
    fn calendar_deadline_on_weekend_moves_to_monday() {
        // Wednesday 4 Nov + 10 = Saturday 14 Nov -> Monday 16 Nov.
        assert_eq!(
            burkina().due_date(date!(2026 - 11 - 04), cal(10)),
            date!(2026 - 11 - 16)
        );
    }

    #[test]
    fn calendar_deadline_across_year_end_skips_holidays() {
        // 22 Dec 2026 + 10 = Friday 1 Jan 2027 (holiday) -> Saturday, Sunday -> Monday 4 Jan.
        assert_eq!(
            burkina().due_date(date!(2026 - 12 - 22), cal(10)),
            date!(2027 - 01 - 04)
        );
        // 15 Dec 2026 + 10 = Friday 25 Dec (holiday) -> Monday 28 Dec.
        assert_eq!(
            burkina().due_date(date!(2026 - 12 - 15), cal(10)),
            date!(2026 - 12 - 28)
        );
        // 24 Dec 2027 (Fri) + 10 = Mon 3 Jan 2028, a working day since 2026.
        assert_eq!(
            burkina().due_date(date!(2027 - 12 - 24), cal(10)),
            date!(2028 - 01 - 03)
        );
    }

    #[test]
    fn working_days_skip_weekends() {
        // Friday 6 Nov 2026 + 3 working days = Wed 11 Nov.
        assert_eq!(
            burkina().due_date(date!(2026 - 11 - 06), work(3)),
            date!(2026 - 11 - 11)
        );
        // Received on a Saturday: Mon, Tue, Wed.
        assert_eq!(
            burkina().due_date(date!(2026 - 11 - 07), work(3)),
            date!(2026 - 11 - 11)
        );
    }

    #[test]
    fn working_days_skip_holidays_and_year_end() {
        // Wed 23 Dec 2026 + 3 working days: Thu 24, (Fri 25 holiday), Mon 28, Tue 29.
        assert_eq!(
            burkina().due_date(date!(2026 - 12 - 23), work(3)),
            date!(2026 - 12 - 29)
        );
        // Wed 30 Dec 2026 + 3: Thu 31, (Fri 1 Jan), Mon 4 Jan, Tue 5 Jan.
        assert_eq!(
            burkina().due_date(date!(2026 - 12 - 30), work(3)),
            date!(2027 - 01 - 05)
        );
        // 5 working days over Ascension 2026 (Thu 14 May) and 15 May (Fri):
        // Tue 12 May -> Wed 13, Mon 18, Tue 19, Wed 20, Thu 21.
        assert_eq!(
            burkina().due_date(date!(2026 - 05 - 12), work(5)),
            date!(2026 - 05 - 21)
        );
    }

    #[test]
    fn dated_holidays_count() {
        // Eid al-Fitr entered as 20 March 2026 (Friday): Thursday 19 + 1 working day = Mon 23.
        assert_eq!(
            burkina().due_date(date!(2026 - 03 - 19), work(1)),
            date!(2026 - 03 - 23)
        );
        assert!(!HolidayCalendar::default().is_holiday(date!(2026 - 03 - 20)));
    }

    #[test]
    fn leap_day() {
        // 20 Feb 2028 (Sunday) + 9 = 29 Feb 2028 (Tuesday).
        assert_eq!(
            burkina().due_date(date!(2028 - 02 - 20), cal(9)),
            date!(2028 - 02 - 29)
        );
    }

    #[test]
    fn zero_days_is_the_same_working_day() {
        assert_eq!(
            burkina().due_date(date!(2026 - 11 - 04), cal(0)),
            date!(2026 - 11 - 04)
        );
        assert_eq!(
            burkina().due_date(date!(2026 - 11 - 04), work(0)),
            date!(2026 - 11 - 04)
        );
    }
}
