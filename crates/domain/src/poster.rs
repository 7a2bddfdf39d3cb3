//! Posters: the code a service point is known by, and the address its poster's QR code
//! opens (the contract between the printed poster and the citizen form).

/// The longest service point code.
pub const MAX_SERVICE_POINT_CODE: usize = 40;

/// A service point code: 2 to 40 capitals, digits and dashes (it travels in a URL and on
/// paper, so nothing that needs escaping or is easily misread as something else).
pub fn is_service_point_code(code: &str) -> bool {
    (2..=MAX_SERVICE_POINT_CODE).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

/// The address a poster's QR code encodes: the complaint form with the service point,
/// and the poster's national language when it has one (the form honours `lang`).
pub fn form_address(base_url: &str, code: &str, lang: Option<&str>) -> String {
    let base = base_url.trim_end_matches('/');
    match lang {
        Some(l) => format!("{base}/complaints/new?sp={code}&lang={l}"),
        None => format!("{base}/complaints/new?sp={code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_plain() {
        assert!(is_service_point_code("CSPS-PISSY"));
        assert!(is_service_point_code("EPP-TANGHIN-A2"));
        for bad in [
            "",
            "A",
            "csps",
            "CSPS PISSY",
            "CSPS&x=1",
            "É",
            &"A".repeat(41),
        ] {
            assert!(!is_service_point_code(bad), "{bad}");
        }
    }

    #[test]
    fn the_qr_address_names_the_service_point() {
        assert_eq!(
            form_address("https://plaintes.example.gov/", "CSPS-PISSY", None),
            "https://plaintes.example.gov/complaints/new?sp=CSPS-PISSY"
        );
        assert_eq!(
            form_address("http://127.0.0.1:8080", "CSPS-PISSY", Some("mos")),
            "http://127.0.0.1:8080/complaints/new?sp=CSPS-PISSY&lang=mos"
        );
    }
}
