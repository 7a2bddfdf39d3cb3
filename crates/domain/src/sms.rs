//! Text on a phone: what a short message can hold and how a message from a citizen is read.
//!
//! - **Fitting** (`Coding`, `segments`, `split_numbered`): a message is sent in the GSM 7-bit
//!   alphabet when every character is in it (160 a message, 153 each in a concatenated one),
//!   else in UCS-2 (70, or 67 each); long texts are cut on word boundaries into numbered
//!   messages (`1/3 …`).
//! - **Reading** (`fold`, `Keywords`, `read`): a message is a command (status, read the
//!   answer, add, withdraw, rate, appeal, stop, start, help), a number chosen from a list, or
//!   words for a complaint. Commands are recognised in every language we speak whatever the
//!   case, accents and spacing, with small typos forgiven; the words themselves come from
//!   the translation catalogues (the caller builds `Keywords`).

use crate::Language;
use crate::tracking::{Secret, TrackingCode};
use unicode_normalization::UnicodeNormalization;

/// The GSM 03.38 basic character set.
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table: each takes two septets (an escape, then the character).
const GSM7_EXTENSION: &str = "^{}\\[~]|€\u{c}";

/// How a message's text is encoded on the air.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    /// GSM 03.38 7-bit: 160 septets in one message, 153 in each part of a longer one.
    Gsm7,
    /// UCS-2: 70 characters in one message, 67 in each part.
    Ucs2,
}

impl Coding {
    /// The coding a text needs.
    pub fn of(text: &str) -> Coding {
        if text
            .chars()
            .all(|c| GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c))
        {
            Coding::Gsm7
        } else {
            Coding::Ucs2
        }
    }

    /// Kannel's `coding` value: 0 for 7-bit, 2 for UCS-2.
    pub fn kannel(self) -> u8 {
        match self {
            Coding::Gsm7 => 0,
            Coding::Ucs2 => 2,
        }
    }

    /// Room in one message, and in each part of a concatenated one.
    pub fn room(self) -> (usize, usize) {
        match self {
            Coding::Gsm7 => (160, 153),
            Coding::Ucs2 => (70, 67),
        }
    }

    /// How much room a text takes in this coding (septets or UTF-16 units).
    pub fn length(self, text: &str) -> usize {
        match self {
            Coding::Gsm7 => text
                .chars()
                .map(|c| if GSM7_EXTENSION.contains(c) { 2 } else { 1 })
                .sum(),
            Coding::Ucs2 => text.encode_utf16().count(),
        }
    }
}

/// Whether `text` can go in the GSM 7-bit alphabet.
pub fn is_gsm7(text: &str) -> bool {
    Coding::of(text) == Coding::Gsm7
}

/// `text` with the letters GSM-7 lacks written without their accent (ç → c, ê → e,
/// œ → oe) and typographic marks made plain (’ → ', « » → ", … → ...), if that makes it
/// GSM-7: for French and English, where this is how SMS are commonly written and it keeps a
/// message to 160 characters instead of 70. `None` when other characters need UCS-2 anyway
/// (Mooré's ẽ, ĩ, ũ, Fulfulde's ɓ, ɗ, ŋ: there the accent is the word).
pub fn plain_latin(text: &str) -> Option<String> {
    if is_gsm7(text) {
        return Some(text.to_owned());
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c) {
            out.push(c);
            continue;
        }
        match c {
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            '’' | '‘' | 'ʼ' => out.push('\''),
            '«' | '»' | '“' | '”' => out.push('"'),
            '…' => out.push_str("..."),
            '–' | '—' => out.push('-'),
            '\u{a0}' | '\u{202f}' => out.push(' '),
            c => {
                // Only the accents of French spelling: a tilde (õ, ẽ) marks a nasal vowel
                // in Mooré and is never dropped.
                let mut parts = c.nfd();
                let (Some(base), Some(mark), None) = (parts.next(), parts.next(), parts.next())
                else {
                    return None;
                };
                let french = matches!(
                    mark,
                    '\u{300}' | '\u{301}' | '\u{302}' | '\u{308}' | '\u{327}'
                );
                if !french || !GSM7_BASIC.contains(base) {
                    return None;
                }
                out.push(base);
            }
        }
    }
    Some(out)
}

/// How many messages the network carries `text` in.
pub fn segments(text: &str) -> usize {
    let coding = Coding::of(text);
    let (one, part) = coding.room();
    let n = coding.length(text);
    if n <= one { 1 } else { n.div_ceil(part) }
}

/// Cuts `text` into messages that each fit one SMS in the coding the whole text needs,
/// numbered `1/3 `, `2/3 `… when there is more than one, cut between words (a word longer
/// than a message is cut where it must be).
pub fn split_numbered(text: &str) -> Vec<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let coding = Coding::of(&text);
    let (one, _) = coding.room();
    if coding.length(&text) <= one {
        return vec![text];
    }
    // The prefix grows with the number of parts: cut again until the count holds.
    let mut parts = 2;
    loop {
        let prefix = format!("{parts}/{parts} ").len();
        let pieces = cut(&text, one - prefix, coding);
        if pieces.len() <= parts {
            let total = pieces.len();
            return pieces
                .into_iter()
                .enumerate()
                .map(|(i, p)| format!("{}/{total} {p}", i + 1))
                .collect();
        }
        parts = pieces.len();
    }
}

/// Pieces of at most `room` (in `coding`'s units), cut between words where possible.
fn cut(text: &str, room: usize, coding: Coding) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let mut word = word.to_owned();
        loop {
            let sep = usize::from(!current.is_empty());
            if coding.length(&current) + sep + coding.length(&word) <= room {
                if sep == 1 {
                    current.push(' ');
                }
                current.push_str(&word);
                break;
            }
            if !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
                continue;
            }
            // A word longer than a whole message: cut it.
            let mut head = String::new();
            let mut rest = word.chars();
            for c in rest.by_ref() {
                if coding.length(&head) + coding.length(c.encode_utf8(&mut [0; 4])) > room {
                    let mut tail = String::from(c);
                    tail.extend(rest);
                    pieces.push(head);
                    word = tail;
                    head = String::new();
                    break;
                }
                head.push(c);
            }
            if !head.is_empty() {
                current = head;
                break;
            }
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// Text as commands are compared: lower case, without accents (ẽ → e, ɛ → e, ɔ → o,
/// ŋ → n…), words separated by one space, punctuation around words dropped.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let c = match c {
            'ɛ' | 'Ɛ' => 'e',
            'ɔ' | 'Ɔ' => 'o',
            'ɩ' | 'Ɩ' | 'ı' => 'i',
            'ʋ' | 'Ʋ' => 'u',
            'ŋ' | 'Ŋ' => 'n',
            'ɲ' | 'Ɲ' => 'n',
            'ɓ' | 'Ɓ' => 'b',
            'ɗ' | 'Ɗ' => 'd',
            'ƴ' | 'Ƴ' => 'y',
            'ø' | 'Ø' => 'o',
            'æ' | 'Æ' => 'a',
            'ß' => 's',
            c => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c == '?' {
            // "?" alone asks for help.
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// What a command asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verb {
    /// Where the complaint stands.
    Status,
    /// Send the answer's text.
    Answer,
    /// Add information to the complaint.
    Add,
    Withdraw,
    /// Rate the answer 1 to 5.
    Rate,
    /// Contest the answer, with a reason.
    Appeal,
    /// No more messages to this number.
    Stop,
    /// Messages again after a stop.
    Start,
    Help,
}

impl Verb {
    pub const ALL: [Verb; 9] = [
        Verb::Status,
        Verb::Answer,
        Verb::Add,
        Verb::Withdraw,
        Verb::Rate,
        Verb::Appeal,
        Verb::Stop,
        Verb::Start,
        Verb::Help,
    ];

    /// The name of the catalogue message listing its words: `sms-words-<name>`.
    pub fn name(self) -> &'static str {
        match self {
            Verb::Status => "status",
            Verb::Answer => "answer",
            Verb::Add => "add",
            Verb::Withdraw => "withdraw",
            Verb::Rate => "rate",
            Verb::Appeal => "appeal",
            Verb::Stop => "stop",
            Verb::Start => "start",
            Verb::Help => "help",
        }
    }
}

/// The words of every command in every language.
#[derive(Debug, Clone, Default)]
pub struct Keywords {
    /// Folded word, its verb, and its language when only one language uses it.
    words: Vec<(String, Verb, Option<Language>)>,
}

impl Keywords {
    /// Adds the words of `verb` in `language` (a comma-separated list, as in the catalogues).
    pub fn add(&mut self, verb: Verb, language: Language, list: &str) {
        for word in list.split(',').map(fold).filter(|w| !w.is_empty()) {
            match self.words.iter_mut().find(|(w, _, _)| *w == word) {
                Some(entry) if entry.1 == verb => {
                    if entry.2 != Some(language) {
                        entry.2 = None;
                    }
                }
                // The same word for two verbs: the first keeps it.
                Some(_) => {}
                None => self.words.push((word, verb, Some(language))),
            }
        }
    }

    /// The verb a (folded, single) word names, forgiving one typo in words of five letters
    /// or more and two in words of eight or more; `None` when two verbs are as close.
    pub fn verb(&self, word: &str) -> Option<(Verb, Option<Language>)> {
        if let Some((_, v, l)) = self.words.iter().find(|(w, _, _)| w == word) {
            return Some((*v, *l));
        }
        let n = word.chars().count();
        let allowed = match n {
            0..=4 => return None,
            5..=7 => 1,
            _ => 2,
        };
        let mut best: Option<(usize, Verb, Option<Language>)> = None;
        let mut tie = false;
        for (w, v, l) in &self.words {
            if w.chars().count() < 4 {
                continue;
            }
            let d = strsim::damerau_levenshtein(w, word);
            if d > allowed {
                continue;
            }
            match best {
                Some((bd, bv, _)) if d == bd && bv != *v => tie = true,
                Some((bd, _, _)) if d >= bd => {}
                _ => {
                    best = Some((d, *v, *l));
                    tie = false;
                }
            }
        }
        if tie {
            return None;
        }
        best.map(|(_, v, l)| (v, l))
    }
}

/// What a message from a phone says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Nothing readable (empty, only spaces or symbols).
    Empty,
    /// A number alone: a choice from the list last sent.
    Choice(u32),
    Command(Command),
    /// Words for a complaint (a new one, or more of the one waiting for its category).
    Text(String),
}

/// A command, with what followed its word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Command {
    pub verb: Verb,
    /// The language of the word used, when only one language has it.
    pub language: Option<Language>,
    pub code: Option<TrackingCode>,
    pub secret: Option<Secret>,
    /// A score, for `Rate` (1 to 5 when given).
    pub score: Option<u8>,
    /// The rest of the message: the text to add, the reason of an appeal or withdrawal.
    pub rest: String,
}

/// At most this many words may follow a command that takes no text (status, answer,
/// withdraw, stop, start, help) for the message still to be that command: a longer
/// message that starts with such a word is a complaint.
const MAX_EXTRA_WORDS: usize = 2;

/// Reads a message from a phone.
pub fn read(keywords: &Keywords, text: &str) -> Message {
    let trimmed = text.trim();
    let folded = fold(trimmed);
    if folded.is_empty() {
        return Message::Empty;
    }
    if let Ok(n) = folded.parse::<u32>()
        && folded.len() <= 3
    {
        return Message::Choice(n);
    }
    let mut words = folded.split(' ');
    let first = words.next().unwrap_or_default();
    let first = if first == "?" {
        "?"
    } else {
        first.trim_matches('?')
    };
    let Some((verb, language)) = keywords.verb(first) else {
        return Message::Text(trimmed.to_owned());
    };
    // The original words after the command's, so the text keeps its accents and case.
    let original: Vec<&str> = trimmed.split_whitespace().skip(1).collect();
    let mut i = 0;
    let code = take_code(&original, &mut i);
    let secret = take_secret(&original, &mut i);
    let mut score = None;
    if verb == Verb::Rate
        && let Some(s) = original.get(i).and_then(|w| score_of(w))
    {
        score = Some(s);
        i += 1;
    }
    let rest = original.get(i..).unwrap_or_default().join(" ");
    let extra = original.len().saturating_sub(i);
    let takes_text = matches!(verb, Verb::Add | Verb::Appeal | Verb::Withdraw | Verb::Rate);
    let is_command = match verb {
        // "Notre école…" is not a rating: a rating says its score.
        Verb::Rate => score.is_some() || extra <= MAX_EXTRA_WORDS,
        _ if takes_text => true,
        _ => extra <= MAX_EXTRA_WORDS,
    };
    if !is_command {
        return Message::Text(trimmed.to_owned());
    }
    Message::Command(Command {
        verb,
        language,
        code,
        secret,
        score,
        rest: if takes_text { rest } else { String::new() },
    })
}

/// A score as written: `4`, `4/5`, `4.`.
fn score_of(word: &str) -> Option<u8> {
    let word = word.trim_end_matches(['.', ',', '!']);
    word.strip_suffix("/5").unwrap_or(word).parse().ok()
}

/// A tracking code at `words[*i..]`, written in one to three pieces (`7KQ2-M9XD-4RB`,
/// `7kq2 m9xd 4rb`).
fn take_code(words: &[&str], i: &mut usize) -> Option<TrackingCode> {
    for n in (1..=3).rev() {
        let Some(pieces) = words.get(*i..*i + n) else {
            continue;
        };
        let joined: String = pieces.concat();
        // A code has letters or is long; eight digits alone are a secret.
        if joined.chars().all(|c| c.is_ascii_digit()) && joined.len() <= 8 {
            continue;
        }
        if let Ok(code) = TrackingCode::parse(&joined) {
            *i += n;
            return Some(code);
        }
    }
    None
}

/// A follow-up secret at `words[*i..]`: eight digits, in one or two pieces.
fn take_secret(words: &[&str], i: &mut usize) -> Option<Secret> {
    for n in (1..=2).rev() {
        let Some(pieces) = words.get(*i..*i + n) else {
            continue;
        };
        let joined: String = pieces.concat();
        if joined.chars().filter(char::is_ascii_digit).count() == Secret::DIGITS
            && let Some(secret) = Secret::parse(&joined)
        {
            *i += n;
            return Some(secret);
        }
    }
    None
}

#[cfg(test)]
mod tests;
