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

#[test]
fn possessives_with_and_without_apostrophe() {
    // FA-KES writes "Syrias Hasakeh": the lost apostrophe once made "Syrias"
    // look like the first word of another name, hiding the city.
    let got =
        types_at("A motorcycle bomber killed 16 civilians in Syrias Hasakeh city on Tuesday.");
    assert!(
        got.iter()
            .any(|(t, p)| t == "casualties" && p == "Al-Hasakah"),
        "{got:?}"
    );
    let got = types_at("Russian air strikes hit Syria's Idlib province.");
    assert!(
        got.contains(&("airstrike".to_string(), "Idlib".to_string())),
        "{got:?}"
    );
}

#[test]
fn a_bomber_blowing_himself_up_is_an_explosion() {
    let got = types_at("The bomber blew himself up in the village of Tall Tamr.");
    assert_eq!(got, [("explosion".to_string(), "Tal Tamr".to_string())]);
}
