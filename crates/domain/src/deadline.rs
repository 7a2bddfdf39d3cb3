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

/// The public holidays: fixed ones by month and day, the Christian movable ones computed
/// from Easter, and the rest (Muslim feasts fixed each year by the moon) given as dates.
#[derive(Debug, Clone, Default)]
pub struct HolidayCalendar {
    fixed: BTreeSet<(u8, u8)>,
    dates: BTreeSet<Date>,
    easter_based: bool,
}

impl HolidayCalendar {
    /// `fixed`: (month, day) pairs; `dates`: single dates; `easter_based`: whether Easter
    /// Monday and Ascension Day are holidays.
    pub fn new(
        fixed: impl IntoIterator<Item = (u8, u8)>,
        dates: impl IntoIterator<Item = Date>,
        easter_based: bool,
    ) -> HolidayCalendar {
        HolidayCalendar {
            fixed: fixed.into_iter().collect(),
            dates: dates.into_iter().collect(),
            easter_based,
        }
    }

    pub fn is_holiday(&self, d: Date) -> bool {
        if self.fixed.contains(&(d.month() as u8, d.day())) || self.dates.contains(&d) {
            return true;
        }
        if self.easter_based {
            let easter = easter_sunday(d.year());
            return d == easter + Duration::days(1) || d == easter + Duration::days(39);
        }
        false
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

    /// Burkina Faso's fixed holidays, as in reference/holidays.csv.
    fn burkina() -> HolidayCalendar {
        HolidayCalendar::new(
            [
                (1, 1),
                (1, 3),
                (3, 8),
                (5, 1),
                (8, 5),
                (8, 15),
                (11, 1),
                (12, 11),
                (12, 25),
            ],
            [date!(2026 - 03 - 20)],
            true,
        )
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
        assert!(c.is_holiday(date!(2026 - 04 - 06)), "Easter Monday 2026");
        assert!(c.is_holiday(date!(2026 - 05 - 14)), "Ascension 2026");
        assert!(!c.is_holiday(date!(2026 - 04 - 07)));
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
        // 24 Dec 2027 (Fri) + 10 = Mon 3 Jan 2028, a holiday (3 January) -> Tue 4 Jan.
        assert_eq!(
            burkina().due_date(date!(2027 - 12 - 24), cal(10)),
            date!(2028 - 01 - 04)
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
        // 10 working days over Easter 2026: Wed 1 Apr -> Thu 2, Fri 3, (Mon 6 Easter Monday),
        // Tue 7 .. Fri 10, Mon 13 .. Thu 16.
        assert_eq!(
            burkina().due_date(date!(2026 - 04 - 01), work(10)),
            date!(2026 - 04 - 16)
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
