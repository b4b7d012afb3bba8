//! Regressions: each case is a bug that was found, with the text that
//! showed it.

use crate::util::extract_text;

fn types_at(text: &str) -> Vec<(String, String)> {
    extract_text(text, None)
        .into_iter()
        .map(|f| (f.event_type.code().to_string(), f.place))
        .collect()
}

#[test]
fn preposition_of_another_clause_does_not_make_a_site() {
    // "in een verklaring dat Nederland …" once made the Netherlands the site
    // of the offensive it condemned.
    let got = types_at(
        "De minister schrijft in een verklaring dat Nederland het Turkse offensief in noordoost-Syrië veroordeelt.",
    );
    assert_eq!(
        got,
        [(
            "ground_offensive".to_string(),
            "Northeast Syria".to_string()
        )]
    );
}

#[test]
fn placeless_lead_event_does_not_borrow_a_site_when_others_exist() {
    // Flight "naar een Amerikaanse basis" in the lead once became a
    // displacement at Ras al-Ain, the place of another event.
    let got = types_at(
        "Turkse troepen zijn Syrië binnengevallen. Duizenden inwoners vluchten naar een Amerikaanse basis. \
         Turkse gevechtsvliegtuigen bombardeerden Ras al-Ain.",
    );
    assert!(!got.iter().any(|(t, _)| t == "displacement"), "{got:?}");
}
