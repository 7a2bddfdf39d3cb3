//! Open311 documents, rendered as JSON or XML from one tree. The XML is flat elements of
//! text, written here with its escaping (a dozen lines, where an XML crate would add a
//! serializer for no gain).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

/// A value in a document.
#[derive(Debug, Clone)]
pub enum Node {
    Text(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    Null,
    Record(Vec<(&'static str, Node)>),
    /// A list: in XML each item is an element named by the tag.
    List(&'static str, Vec<Node>),
}

impl From<&str> for Node {
    fn from(s: &str) -> Node {
        Node::Text(s.to_owned())
    }
}

impl From<String> for Node {
    fn from(s: String) -> Node {
        Node::Text(s)
    }
}

impl<T: Into<Node>> From<Option<T>> for Node {
    fn from(v: Option<T>) -> Node {
        v.map_or(Node::Null, Into::into)
    }
}

/// JSON or XML, chosen by the URL's suffix (XML, the specification's default, without one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// Splits `services.json` into (`services`, JSON); `None` for an unknown suffix.
    pub fn split(resource: &str) -> Option<(&str, Format)> {
        match resource.rsplit_once('.') {
            Some((name, "json")) => Some((name, Format::Json)),
            Some((name, "xml")) => Some((name, Format::Xml)),
            Some((_, _)) if resource.contains('.') => None,
            _ => Some((resource, Format::Xml)),
        }
    }
}

/// A whole answer: a list of items under a root, or one record under its root.
pub struct Document {
    pub root: &'static str,
    pub body: Node,
}

impl Document {
    pub fn list(root: &'static str, item: &'static str, items: Vec<Node>) -> Document {
        Document {
            root,
            body: Node::List(item, items),
        }
    }

    pub fn single(root: &'static str, record: Node) -> Document {
        Document { root, body: record }
    }

    pub fn respond(self, format: Format, status: StatusCode) -> Response {
        let (content_type, body) = match format {
            Format::Json => ("application/json", json(&self.body).to_string()),
            Format::Xml => {
                let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
                element(&mut out, self.root, &self.body);
                ("text/xml; charset=utf-8", out)
            }
        };
        (
            status,
            [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
            body,
        )
            .into_response()
    }
}

fn json(node: &Node) -> Value {
    match node {
        Node::Text(s) => Value::String(s.clone()),
        Node::Int(n) => Value::from(*n),
        Node::Float(f) => Value::from(*f),
        Node::Bool(b) => Value::Bool(*b),
        Node::Null => Value::Null,
        Node::Record(fields) => Value::Object(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), json(v)))
                .collect::<Map<_, _>>(),
        ),
        Node::List(_, items) => Value::Array(items.iter().map(json).collect()),
    }
}

fn element(out: &mut String, tag: &str, node: &Node) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    match node {
        Node::Text(s) => escape(out, s),
        Node::Int(n) => out.push_str(&n.to_string()),
        Node::Float(f) => out.push_str(&f.to_string()),
        Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Node::Null => {}
        Node::Record(fields) => {
            for (k, v) in fields {
                element(out, k, v);
            }
        }
        Node::List(item, items) => {
            for i in items {
                element(out, item, i);
            }
        }
    }
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot hold are dropped.
            c if c.is_control() && !matches!(c, '\n' | '\r' | '\t') => {}
            c => out.push(c),
        }
    }
}

/// The specification's error list: `[{code, description}]`, with the HTTP status.
pub fn errors(format: Format, status: StatusCode, descriptions: &[String]) -> Response {
    let items = descriptions
        .iter()
        .map(|d| {
            Node::Record(vec![
                ("code", Node::Int(i64::from(status.as_u16()))),
                ("description", Node::Text(d.clone())),
            ])
        })
        .collect();
    Document::list("errors", "error", items).respond(format, status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_tree_as_json_and_xml() {
        let doc = || {
            Document::list(
                "services",
                "service",
                vec![Node::Record(vec![
                    ("service_code", "SAN-FEES".into()),
                    ("service_name", "Frais <illicites> & \"autres\"".into()),
                    ("metadata", Node::Bool(true)),
                    ("keywords", Node::Null),
                ])],
            )
        };
        let xml = doc().respond(Format::Xml, StatusCode::OK);
        assert_eq!(xml.headers()["content-type"], "text/xml; charset=utf-8");
        let mut out = String::new();
        element(&mut out, "services", &doc().body);
        assert_eq!(
            out,
            "<services><service><service_code>SAN-FEES</service_code><service_name>Frais \
             &lt;illicites&gt; &amp; &quot;autres&quot;</service_name><metadata>true</metadata>\
             <keywords></keywords></service></services>"
        );
        assert_eq!(
            json(&doc().body).to_string(),
            r#"[{"keywords":null,"metadata":true,"service_code":"SAN-FEES","service_name":"Frais <illicites> & \"autres\""}]"#
        );
    }

    #[test]
    fn formats_by_suffix() {
        assert_eq!(
            Format::split("services.json"),
            Some(("services", Format::Json))
        );
        assert_eq!(
            Format::split("SAN-FEES.xml"),
            Some(("SAN-FEES", Format::Xml))
        );
        assert_eq!(Format::split("services"), Some(("services", Format::Xml)));
        assert_eq!(Format::split("services.csv"), None);
    }
}
