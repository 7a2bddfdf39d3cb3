//! The staff handbook: one Markdown file per topic and language in `handbook/{fr,en}/`,
//! embedded at compile time and rendered to HTML with no raw HTML and no script: the text
//! is ours, but a page of the back-office must stay as safe as the rest.

use crate::i18n::Lang;
use domain::{Language, Role};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// One topic, in the two languages it is written in.
pub struct Topic {
    /// Its address, `/staff/handbook/{name}`, and its file name without `.md`.
    pub name: &'static str,
    fr: &'static str,
    en: &'static str,
}

macro_rules! topic {
    ($name:literal) => {
        Topic {
            name: $name,
            fr: include_str!(concat!("../handbook/fr/", $name, ".md")),
            en: include_str!(concat!("../handbook/en/", $name, ".md")),
        }
    };
}

pub const TOPICS: [Topic; 5] = [
    topic!("handling"),
    topic!("deadlines"),
    topic!("denunciations"),
    topic!("answers"),
    topic!("roles"),
];

/// The topic named `name`, if there is one (names are `[a-z-]`, so no path gets through).
pub fn topic(name: &str) -> Option<&'static Topic> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return None;
    }
    TOPICS.iter().find(|t| t.name == name)
}

/// The topics a role needs most, in the order to read them; the rest follow.
pub fn for_role(role: Role) -> &'static [&'static str] {
    match role {
        Role::Intake => &["handling", "denunciations", "deadlines", "roles"],
        Role::Officer => &["handling", "answers", "deadlines", "denunciations"],
        Role::Supervisor => &["handling", "denunciations", "deadlines", "answers"],
        Role::Admin => &["deadlines", "denunciations", "roles", "handling"],
        Role::Auditor => &["roles", "denunciations", "deadlines"],
    }
}

/// A topic as a reader gets it.
pub struct Text {
    pub title: String,
    /// The first paragraph, as plain text.
    pub lead: String,
    source: &'static str,
    /// The language the text is written in (French when the reader's is not written yet).
    pub lang: Lang,
    /// The reader's language has no text yet: French stands in, until a native translator
    /// writes one.
    pub untranslated: bool,
}

impl Topic {
    pub fn text(&self, lang: Lang) -> Text {
        let (source, shown) = match lang.0 {
            Language::English => (self.en, Language::English),
            Language::French => (self.fr, Language::French),
            _ => (self.fr, Language::French),
        };
        Text {
            title: title(source),
            lead: lead(source),
            source,
            lang: Lang(shown),
            untranslated: shown != lang.0,
        }
    }
}

impl Text {
    pub fn html(&self) -> String {
        render(self.source)
    }
}

/// The text of the first `# ` heading, without its `{#id}`.
fn title(source: &str) -> String {
    source
        .lines()
        .find_map(|l| l.strip_prefix("# "))
        .map(|t| strip_attributes(t).to_owned())
        .unwrap_or_default()
}

fn strip_attributes(heading: &str) -> &str {
    let t = heading.trim();
    match t.rfind(" {") {
        Some(i) if t.ends_with('}') => t[..i].trim_end(),
        _ => t,
    }
}

/// The first paragraph after the title.
fn lead(source: &str) -> String {
    source
        .lines()
        .skip_while(|l| !l.starts_with("# "))
        .skip(1)
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Markdown to HTML: raw HTML shown as text, links only to our pages, `https:` and
/// `mailto:`, no images, and every heading with an id (its `{#id}` or one made from its
/// words) so that other pages can link to a step.
pub fn render(source: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events: Vec<Event<'_>> = Parser::new_ext(source, options)
        .filter_map(|e| match e {
            Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Some(Event::Start(Tag::Link {
                link_type,
                dest_url: safe_url(dest_url),
                title,
                id,
            })),
            other => Some(other),
        })
        .collect();
    let mut seen: Vec<String> = Vec::new();
    for i in 0..events.len() {
        let Event::Start(Tag::Heading { level, id, .. }) = &events[i] else {
            continue;
        };
        let level: HeadingLevel = *level;
        let wanted = match id {
            Some(id) => slug(id),
            None => slug(&heading_text(&events[i + 1..])),
        };
        let mut unique = if wanted.is_empty() {
            "section".to_owned()
        } else {
            wanted
        };
        let base = unique.clone();
        let mut n = 2;
        while seen.contains(&unique) || unique == "main" {
            unique = format!("{base}-{n}");
            n += 1;
        }
        seen.push(unique.clone());
        events[i] = Event::Start(Tag::Heading {
            level,
            id: Some(unique.into()),
            classes: Vec::new(),
            attrs: Vec::new(),
        });
    }
    let mut out = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out, events.into_iter());
    out
}

fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let ok = ["/", "#", "https://", "mailto:"]
        .iter()
        .any(|p| url.starts_with(p))
        && !url.starts_with("//");
    if ok { url } else { CowStr::Borrowed("#") }
}

fn heading_text(rest: &[Event<'_>]) -> String {
    let mut text = String::new();
    for e in rest {
        match e {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// `Accepter ou rejeter` → `accepter-ou-rejeter`: lower-case ASCII letters, digits and dashes.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn files(lang: &str) -> BTreeSet<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/handbook/");
        std::fs::read_dir(format!("{dir}{lang}"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect()
    }

    #[test]
    fn handbook_every_french_file_has_an_english_one_and_each_is_served() {
        let fr = files("fr");
        assert_eq!(fr, files("en"), "the same file names in fr/ and en/");
        let served: BTreeSet<String> = TOPICS.iter().map(|t| format!("{}.md", t.name)).collect();
        assert_eq!(fr, served, "every file is a topic, every topic a file");
        for t in &TOPICS {
            for l in [Lang(Language::French), Lang(Language::English)] {
                let text = t.text(l);
                assert!(!text.title.is_empty(), "{} has a title", t.name);
                assert!(!text.lead.is_empty(), "{} has a lead paragraph", t.name);
            }
        }
    }

    #[test]
    fn handbook_renders_no_raw_html_and_no_unsafe_link() {
        let html = render(
            "# T {#top}\n\n<script>alert(1)</script>\n\n<b onclick=\"x()\">b</b> \
             [a](javascript:alert(1)) [b](/staff/handbook/roles) ![i](https://x/i.png)\n\n\
             ## Accepter ou rejeter\n\n## Accepter ou rejeter\n\n## Main\n",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b "), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
        assert!(html.contains(r#"<h1 id="top">T</h1>"#), "{html}");
        assert!(html.contains(r#"id="accepter-ou-rejeter""#), "{html}");
        assert!(html.contains(r#"id="accepter-ou-rejeter-2""#), "{html}");
        assert!(
            html.contains(r#"id="main-2""#),
            "the layout's id stays unique: {html}"
        );
        assert!(html.contains(r#"href="/staff/handbook/roles""#), "{html}");
    }

    #[test]
    fn handbook_topic_names_are_plain() {
        assert!(topic("handling").is_some());
        for role in Role::ALL {
            for name in for_role(role) {
                assert!(topic(name).is_some(), "{role}: {name}");
            }
        }
        for bad in [
            "",
            "../handling",
            "handling.md",
            "Handling",
            "x",
            "handling/",
        ] {
            assert!(topic(bad).is_none(), "{bad}");
        }
    }
}
