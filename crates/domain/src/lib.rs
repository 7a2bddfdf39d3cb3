//! The Redress domain: what a complaint is, how it moves through its lifecycle, who may
//! move it, when it is due, how it is named, and how its history is sealed. Pure code: no
//! I/O, no clock, no randomness; callers pass `now` and random bytes in.

pub mod audit;
pub mod authz;
pub mod complaint;
pub mod deadline;
pub mod lifecycle;
pub mod poster;
pub mod rules;
pub mod sms;
pub mod tracking;
pub mod ussd;

pub use authz::Role;
pub use complaint::{Channel, Description, Kind, Language};
pub use deadline::{DayCount, Delay, HolidayCalendar, HolidayRule};
pub use lifecycle::{Action, Command, CommandError, State, TransitionError};
pub use poster::is_service_point_code;
pub use rules::{Facts, Reader, Standing};
pub use tracking::{Secret, TrackingCode};
