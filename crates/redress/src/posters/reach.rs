//! The reach of a poster campaign: complaints in the same number of days before and after
//! the day posters went up, by channel, by service point (filed from a poster's QR code)
//! and by ISO week. Summed from the store's daily counts (`Store::reach_counts`).

use std::collections::BTreeMap;
use store::ReachCount;
use time::{Date, Duration};

/// Days compared on each side of the campaign, unless the page asks otherwise.
pub const DEFAULT_DAYS: i64 = 28;
/// The longest window a page may ask for.
pub const MAX_DAYS: i64 = 182;

/// Complaints before and after the campaign's start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Split {
    pub before: i64,
    pub after: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// The first day counted, the campaign's start, and the first day not counted.
    pub from: Date,
    pub start: Date,
    pub to: Date,
    pub total: Split,
    /// From a poster's QR code (a service point recorded), all service points together.
    pub from_qr: Split,
    pub by_channel: BTreeMap<String, Split>,
    /// By service point code.
    pub by_service_point: BTreeMap<String, Split>,
    /// By ISO week (`2026-W45`, in order): complaints, of which from a QR code, and
    /// whether the campaign started that week.
    pub by_week: Vec<(String, i64, i64, bool)>,
}

/// The window of `days` on each side of `start`: `[start - days, start + days)`.
pub fn window(start: Date, days: i64) -> (Date, Date) {
    (start - Duration::days(days), start + Duration::days(days))
}

/// `2026-W45`.
pub fn iso_week(d: Date) -> String {
    let (year, week, _) = d.to_iso_week_date();
    format!("{year}-W{week:02}")
}

/// Sums the daily counts of the window around `start`.
pub fn reach(counts: &[ReachCount], start: Date, days: i64) -> Reach {
    let (from, to) = window(start, days);
    let mut r = Reach {
        from,
        start,
        to,
        total: Split::default(),
        from_qr: Split::default(),
        by_channel: BTreeMap::new(),
        by_service_point: BTreeMap::new(),
        by_week: Vec::new(),
    };
    // Every week of the window, even those without complaints.
    let mut weeks: BTreeMap<String, (i64, i64, bool)> = BTreeMap::new();
    let mut d = from;
    while d < to {
        weeks.entry(iso_week(d)).or_default().2 |= d == start;
        d += Duration::days(1);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    for c in counts {
        let Ok(day) = Date::parse(&c.day, &format) else {
            continue;
        };
        if day < from || day >= to {
            continue;
        }
        let add = |s: &mut Split| {
            if day < start {
                s.before += c.n;
            } else {
                s.after += c.n;
            }
        };
        add(&mut r.total);
        add(r.by_channel.entry(c.channel.clone()).or_default());
        if let Some(sp) = &c.service_point_code {
            add(&mut r.from_qr);
            add(r.by_service_point.entry(sp.clone()).or_default());
        }
        let week = weeks.entry(iso_week(day)).or_default();
        week.0 += c.n;
        if c.service_point_code.is_some() {
            week.1 += c.n;
        }
    }
    r.by_week = weeks
        .into_iter()
        .map(|(w, (n, qr, starts))| (w, n, qr, starts))
        .collect();
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn count(day: &str, channel: &str, sp: Option<&str>, n: i64) -> ReachCount {
        ReachCount {
            day: day.into(),
            channel: channel.into(),
            service_point_code: sp.map(str::to_owned),
            n,
        }
    }

    #[test]
    fn counts_fall_on_their_side_of_the_start() {
        let counts = [
            count("2026-10-12", "web", None, 9), // before the window: not counted
            count("2026-10-13", "web", None, 1),
            count("2026-11-09", "sms", None, 2),
            count("2026-11-10", "web", Some("CSPS-PISSY"), 3),
            count("2026-12-07", "ussd", None, 1),
            count("2026-12-08", "web", None, 5), // the first day after the window
        ];
        let r = reach(&counts, date!(2026 - 11 - 10), 28);
        assert_eq!(
            (r.from, r.to),
            (date!(2026 - 10 - 13), date!(2026 - 12 - 08))
        );
        assert_eq!(
            r.total,
            Split {
                before: 3,
                after: 4
            }
        );
        assert_eq!(
            r.from_qr,
            Split {
                before: 0,
                after: 3
            }
        );
        assert_eq!(
            r.by_channel["web"],
            Split {
                before: 1,
                after: 3
            }
        );
        assert_eq!(
            r.by_channel["sms"],
            Split {
                before: 2,
                after: 0
            }
        );
        assert_eq!(r.by_service_point["CSPS-PISSY"].after, 3);
        assert_eq!(r.by_week.len(), 9, "{:?}", r.by_week);
        let start_week = r.by_week.iter().find(|w| w.3).unwrap();
        assert_eq!(start_week.0, "2026-W46");
        assert_eq!((start_week.1, start_week.2), (5, 3));
        assert_eq!(r.by_week.iter().map(|w| w.1).sum::<i64>(), 7);
    }
}
