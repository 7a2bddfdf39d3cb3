//! Public holiday rules as an admin types them (`MM-DD`, `YYYY-MM-DD`, `easter+N`, one a
//! line) and the deadlines computed over them: parsing never panics, and a deadline is never
//! before its start and falls on a working day (a delay of 0 working days excepted: it is
//! the day itself). The first line is the start (days after 2020-01-01), the delay in days,
//! and `w` for working days: `300 10 w`.
#![no_main]

use domain::{DayCount, Delay, HolidayCalendar, HolidayRule};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.lines();
    let mut first = lines.next().unwrap_or_default().split_whitespace();
    let start: u16 = first.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let days: u8 = first.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let count = if first.next() == Some("w") {
        DayCount::Working
    } else {
        DayCount::Calendar
    };
    // At most 16 rules, as a real calendar has: more could cover every day of a year.
    let rules: Vec<HolidayRule> = lines.take(16).filter_map(HolidayRule::parse).collect();
    let calendar = HolidayCalendar::new(rules);
    let start = time::macros::date!(2020 - 01 - 01) + time::Duration::days(start.into());
    let delay = Delay {
        days: days.into(),
        count,
    };
    let due = calendar.due_date(start, delay);
    assert!(due >= start);
    assert!(calendar.is_working_day(due) || (days == 0 && count == DayCount::Working));
});
