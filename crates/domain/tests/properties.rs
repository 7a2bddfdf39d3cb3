//! Properties of the deadline arithmetic and of the lifecycle, over generated calendars,
//! dates and action sequences (proptest): what the unit tests show on chosen examples,
//! checked on many.

use domain::deadline::easter_sunday;
use domain::lifecycle::CommandFields;
use domain::rules::Effects;
use domain::{
    Action, Command, DayCount, Delay, HolidayCalendar, HolidayRule, Role, State, TransitionError,
    authz::complainant_may,
};
use proptest::prelude::*;
use time::{Date, Duration, Month};

// ---------------------------------------------------------------------------------------
// Deadlines

fn date_from(days: i64) -> Date {
    time::macros::date!(2000 - 01 - 01) + Duration::days(days)
}

fn rule() -> impl Strategy<Value = HolidayRule> {
    prop_oneof![
        (1u8..=12, 1u8..=31).prop_filter_map("a real month-day", |(month, day)| {
            Date::from_calendar_date(2024, Month::try_from(month).ok()?, day)
                .ok()
                .map(|_| HolidayRule::Yearly { month, day })
        }),
        (0i64..20_000).prop_map(|d| HolidayRule::Once(date_from(d))),
        (-60i16..=60).prop_map(HolidayRule::Easter),
    ]
}

/// Up to 20 holidays, as a real calendar has (Burkina Faso has about 15 a year).
fn calendar() -> impl Strategy<Value = (Vec<HolidayRule>, HolidayCalendar)> {
    prop::collection::vec(rule(), 0..20).prop_map(|rules| {
        let calendar = HolidayCalendar::new(rules.clone());
        (rules, calendar)
    })
}

fn working(days: u16) -> Delay {
    Delay {
        days,
        count: DayCount::Working,
    }
}

fn calendar_days(days: u16) -> Delay {
    Delay {
        days,
        count: DayCount::Calendar,
    }
}

/// The working days in (`from`, `to`].
fn working_days_between(c: &HolidayCalendar, from: Date, to: Date) -> u16 {
    let mut n = 0;
    let mut d = from;
    while d < to {
        d = d.next_day().unwrap();
        if c.is_working_day(d) {
            n += 1;
        }
    }
    n
}

fn rule_text(rule: HolidayRule) -> String {
    match rule {
        HolidayRule::Yearly { month, day } => format!("{month:02}-{day:02}"),
        HolidayRule::Once(d) => format!("{}-{:02}-{:02}", d.year(), d.month() as u8, d.day()),
        HolidayRule::Easter(n) => format!("easter{n:+}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn working_day_deadlines_count_exactly_their_days(
        (_, c) in calendar(), start in 0i64..20_000, days in 0u16..120,
    ) {
        let start = date_from(start);
        let due = c.due_date(start, working(days));
        prop_assert!(due >= start);
        if days == 0 {
            prop_assert_eq!(due, start, "0 working days: the day itself");
        } else {
            prop_assert!(c.is_working_day(due), "{} is not a working day", due);
            // Counting back from the deadline finds the start's delay again.
            prop_assert_eq!(working_days_between(&c, start, due), days);
        }
        // One more day is later: strictly monotonic in the number of days.
        prop_assert!(c.due_date(start, working(days + 1)) > due);
    }

    #[test]
    fn calendar_day_deadlines_are_the_first_working_day_from_start_plus_n(
        (_, c) in calendar(), start in 0i64..20_000, days in 0u16..400,
    ) {
        let start = date_from(start);
        let plain = start + Duration::days(days.into());
        let due = c.due_date(start, calendar_days(days));
        prop_assert!(due >= plain && due >= start);
        prop_assert!(c.is_working_day(due));
        let mut d = plain;
        while d < due {
            prop_assert!(!c.is_working_day(d), "{} was a working day before {}", d, due);
            d = d.next_day().unwrap();
        }
        prop_assert!(c.due_date(start, calendar_days(days + 1)) >= due, "monotonic");
    }

    #[test]
    fn a_later_start_never_gives_an_earlier_deadline(
        (_, c) in calendar(), start in 0i64..20_000, later in 0i64..30, days in 0u16..60,
        working_count in any::<bool>(),
    ) {
        let delay = if working_count { working(days) } else { calendar_days(days) };
        let a = c.due_date(date_from(start), delay);
        let b = c.due_date(date_from(start + later), delay);
        prop_assert!(b >= a, "{} then {}", a, b);
    }

    #[test]
    fn holidays_and_weekends_are_never_working_days(
        (rules, c) in calendar(), day in 0i64..20_000,
    ) {
        let d = date_from(day);
        let weekend = matches!(d.weekday(), time::Weekday::Saturday | time::Weekday::Sunday);
        let named = rules.iter().any(|r| match *r {
            HolidayRule::Yearly { month, day } => d.month() as u8 == month && d.day() == day,
            HolidayRule::Once(o) => o == d,
            HolidayRule::Easter(n) => d == easter_sunday(d.year()) + Duration::days(n.into()),
        });
        prop_assert_eq!(c.is_holiday(d), named);
        prop_assert_eq!(c.is_working_day(d), !weekend && !named);
    }

    #[test]
    fn holiday_rules_read_back_as_written(r in rule()) {
        prop_assert_eq!(HolidayRule::parse(&rule_text(r)), Some(r));
    }

    #[test]
    fn easter_is_a_spring_sunday(year in 1583i32..4100) {
        let e = easter_sunday(year);
        prop_assert_eq!(e.weekday(), time::Weekday::Sunday);
        prop_assert!(
            (e.month() == Month::March && e.day() >= 22)
                || (e.month() == Month::April && e.day() <= 25),
            "{}", e
        );
    }
}

// ---------------------------------------------------------------------------------------
// Lifecycle

#[derive(Debug, Clone, Copy)]
enum Actor {
    Staff(Role),
    Complainant,
}

fn actor() -> impl Strategy<Value = Actor> {
    prop_oneof![
        prop::sample::select(Role::ALL.to_vec()).prop_map(Actor::Staff),
        Just(Actor::Complainant),
    ]
}

fn action() -> impl Strategy<Value = Action> {
    prop::sample::select(Action::ALL.to_vec())
}

const STATE_KEEPING: [Action; 5] = [
    Action::Note,
    Action::Reply,
    Action::Rate,
    Action::Extend,
    Action::Duplicate,
];

fn may(actor: Actor, action: Action) -> bool {
    match actor {
        Actor::Staff(role) => role.may(action),
        Actor::Complainant => complainant_may(action),
    }
}

fn fields() -> impl Strategy<Value = CommandFields> {
    let text = || prop::option::of("[a-zA-Z0-9 \\n\\t\\x00\\x07é]{0,20}");
    (
        text(),
        text(),
        text(),
        text(),
        text(),
        prop::option::of(any::<u8>()),
        prop::option::of(any::<i64>()),
        text(),
    )
        .prop_map(
            |(unit, assignee, message, reason, text, score, guide_version, of)| CommandFields {
                unit,
                assignee,
                message,
                reason,
                text,
                score,
                guide_version,
                of,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Any sequence of actions by anyone, from `received`: each is refused (by role or by
    /// state, the state unchanged) or leads where the transition table says, with effects
    /// that agree with the states; final states take notes only; nothing returns to
    /// `received`.
    #[test]
    fn any_action_sequence_keeps_the_lifecycle_valid(
        steps in prop::collection::vec((actor(), action()), 0..40),
    ) {
        let mut state = State::Received;
        let mut history = vec![state];
        for (who, action) in steps {
            let next = action.next_state(state);
            prop_assert_eq!(
                next.is_ok(),
                Action::allowed_from(state).contains(&action),
                "allowed_from agrees with next_state"
            );
            if !may(who, action) {
                continue;
            }
            match next {
                Err(e) => prop_assert_eq!(e, TransitionError { from: state, action }),
                Ok(to) => {
                    prop_assert!(
                        to != State::Received || state == State::Received,
                        "nothing leads back to received"
                    );
                    if state.is_final() {
                        // A final state stays: notes, and a rating of a closed answer.
                        let kept = action == Action::Note
                            || (state == State::Closed && action == Action::Rate);
                        prop_assert!(kept, "{} took {}", state, action);
                        prop_assert_eq!(to, state);
                    }
                    if STATE_KEEPING.contains(&action) {
                        prop_assert_eq!(to, state, "{} changes no state", action);
                    }
                    if action == Action::Withdraw {
                        prop_assert_eq!(to, State::Withdrawn);
                    }
                    let e = Effects::of(action, state, to);
                    prop_assert_eq!(e.closed, to.is_final() && !state.is_final());
                    prop_assert!(!e.acknowledged || state == State::Received);
                    prop_assert!(!e.answered || to == State::Answered);
                    state = to;
                    history.push(state);
                }
            }
        }
        // Where the complaint went, it went in order: an answer came after work started,
        // a closing after an answer (or an appeal of one).
        for (i, s) in history.iter().enumerate() {
            let before = &history[..i];
            match s {
                State::Answered => prop_assert!(before.contains(&State::InProgress)),
                State::Appealed | State::Closed => {
                    prop_assert!(before.contains(&State::Answered))
                }
                State::InProgress => prop_assert!(before.contains(&State::Assigned)),
                State::Assigned => prop_assert!(before.contains(&State::Accepted)
                    || before.contains(&State::Appealed)),
                _ => {}
            }
        }
    }

    /// Final states and role: the auditor changes nothing; a final state allows a note
    /// (and a closed one the rating of its answer), and leaves nothing final.
    #[test]
    fn final_states_and_auditors(state in prop::sample::select(State::ALL.to_vec()), a in action()) {
        prop_assert!(!Role::Auditor.may(a));
        if state.is_final() {
            let allowed = a == Action::Note || (state == State::Closed && a == Action::Rate);
            prop_assert_eq!(a.next_state(state).is_ok(), allowed);
            prop_assert!(a.next_state(state).is_err() || a.next_state(state) == Ok(state));
        }
        prop_assert_eq!(a.next_state(state).is_ok(), Action::allowed_from(state).contains(&a));
    }

    /// A command built from any fields is that action's, holds no control characters but
    /// line breaks and tabs, and holds no blank text.
    #[test]
    fn commands_hold_only_clean_text(
        a in action(), state in prop::sample::select(State::ALL.to_vec()), f in fields(),
    ) {
        if let Ok(command) = Command::parse(a, state, f) {
            prop_assert_eq!(command.action(), a);
            let texts: Vec<&String> = match &command {
                Command::Reject { reason } | Command::Appeal { reason } | Command::Extend { reason } => vec![reason],
                Command::Assign { assignee } => vec![assignee],
                Command::Answer { message, .. } => vec![message],
                Command::Note { text } | Command::Reply { text } => vec![text],
                Command::Transfer { unit, reason } => vec![unit, reason],
                Command::Duplicate { of } => vec![of],
                Command::Close { reason } | Command::Withdraw { reason } => reason.iter().collect(),
                Command::Rate { score, comment } => {
                    prop_assert!((1..=5).contains(score));
                    comment.iter().collect()
                }
                Command::Accept | Command::Start => vec![],
            };
            for t in texts {
                prop_assert!(!t.is_empty() && t.trim() == t, "{:?}", t);
                prop_assert!(!t.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t')));
            }
        }
    }
}
