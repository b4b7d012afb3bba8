//! The seed articles: the pipeline issue's table, feature by feature, and
//! the committed layer is what the README's first command produces.

use crate::util::{Feature, TestEnv, km, root};

fn seed_layer() -> Vec<Feature> {
    let env = TestEnv::new();
    let seeds = root().join("seeds");
    env.layer(&["extract", seeds.to_str().unwrap()])
}

fn find<'a>(fs: &'a [Feature], article: &str, ty: &str, place: &str) -> Option<&'a Feature> {
    fs.iter().find(|f| {
        f.s("article").starts_with(article) && f.s("event_type") == ty && f.s("place") == place
    })
}

#[track_caller]
fn has<'a>(fs: &'a [Feature], article: &str, ty: &str, place: &str) -> &'a Feature {
    find(fs, article, ty, place).unwrap_or_else(|| {
        let got: Vec<String> = fs
            .iter()
            .filter(|f| f.s("article").starts_with(article))
            .map(|f| format!("{} {}", f.s("event_type"), f.s("place")))
            .collect();
        panic!("seed {article}: no {ty} at {place}; got {got:?}")
    })
}

#[test]
fn seed_000_turkish_offensive() {
    let fs = seed_layer();
    for place in ["Ras al-Ain", "Tal Abyad", "Qamishli", "Ain Issa"] {
        let f = has(&fs, "000", "airstrike", place);
        assert_eq!(f.n("precision"), Some(1));
        assert!(f.s("evidence").contains("gevechtsvliegtuigen"));
    }
    let f = has(&fs, "000", "ground_offensive", "Northeast Syria");
    assert_eq!(f.n("precision"), Some(3));
    // No article date and no full date to resolve "woensdag" against.
    assert!(f.props["date"].is_null());
}

#[test]
fn seed_001_idlib() {
    let fs = seed_layer();
    let f = has(&fs, "001", "airstrike", "Idlib");
    assert_eq!(f.n("fatalities"), Some(22));
    assert_eq!(f.s("date"), "2020-02");
    assert_eq!(f.s("date_start"), "2020-02-01");
    assert_eq!(f.s("date_end"), "2020-02-29");
    let f = has(&fs, "001", "territory_change", "Nairab");
    // The Nairab near Saraqib, not the one by Aleppo airport.
    let saraqib = (35.8647, 36.8006);
    assert!(km((f.lat, f.lon), saraqib) < 10.0, "{f:?}");
    assert!(km((f.lat, f.lon), (36.2021, 37.1343)) > 50.0);
}

#[test]
fn seed_002_escapes_and_captures() {
    let fs = seed_layer();
    assert_eq!(
        has(&fs, "002", "escape", "Ain Issa").n("precision"),
        Some(1)
    );
    assert_eq!(
        has(&fs, "002", "escape", "Qamishli").n("precision"),
        Some(2)
    );
    has(&fs, "002", "territory_change", "Ras al-Ain");
    has(&fs, "002", "territory_change", "Suluk");
    has(&fs, "002", "armed_clash", "Tal Abyad");
    for place in ["Ras al-Ain", "Tal Abyad", "Qamishli", "Ain Issa"] {
        assert!(
            find(&fs, "002", "airstrike", place).is_some()
                || find(&fs, "002", "shelling", place).is_some(),
            "airstrike/shelling at {place}"
        );
    }
    // "nabij Tell Abyad" locates Suluk; it is not a second capture.
    assert!(find(&fs, "002", "territory_change", "Tal Abyad").is_none());
}

#[test]
fn seed_003_deir_ez_zor() {
    let fs = seed_layer();
    let f = fs
        .iter()
        .find(|f| f.s("article").starts_with("003") && f.s("event_type") == "airstrike")
        .expect("an airstrike in 003");
    assert_eq!(f.s("place"), "Deir ez-Zor");
    assert_eq!(f.n("fatalities"), Some(100));
    assert_eq!(f.s("date"), "2018-02");
}

#[test]
fn seed_004_raid_at_atmeh() {
    let fs = seed_layer();
    let f = has(&fs, "004", "raid", "Atmeh");
    assert_eq!(f.n("fatalities"), Some(13));
    assert_eq!(f.s("mention"), "Atmé");
    // al-Baghdadi's death is a historic event: its own date, never the
    // article's.
    if let Some(old) = find(&fs, "004", "raid", "Idlib") {
        assert_eq!(old.s("date"), "2019-10");
    }
}

#[test]
fn no_features_where_nothing_happened() {
    let fs = seed_layer();
    let banned = [
        "Hatay",
        "Ankara",
        "Normandy",
        "Europe",
        "Netherlands",
        "France",
        "Germany",
        "United Kingdom",
        "Antakya",
    ];
    for f in &fs {
        assert!(
            !banned.contains(&f.s("place")),
            "feature at {}: {}",
            f.s("place"),
            f.s("evidence")
        );
        assert!(
            !matches!(f.s("country"), "NL" | "FR" | "DE" | "GB"),
            "{f:?}"
        );
    }
}

#[test]
fn every_seed_place_is_within_5_km() {
    // Reference coordinates (Wikipedia/GeoNames), independent of the
    // gazetteer's rows.
    let truth = [
        ("Ras al-Ain", (36.850, 40.070)),
        ("Tal Abyad", (36.698, 38.957)),
        ("Qamishli", (37.050, 41.220)),
        ("Ain Issa", (36.385, 38.862)),
        ("Idlib", (35.930, 36.634)),
        ("Suluk", (36.596, 39.130)),
        ("Atmeh", (36.217, 36.683)),
        ("Deir ez-Zor", (35.336, 40.141)),
    ];
    let fs = seed_layer();
    for (place, at) in truth {
        let fs: Vec<&Feature> = fs.iter().filter(|f| f.s("place") == place).collect();
        assert!(!fs.is_empty(), "{place} not in the seed layer");
        for f in fs {
            // Deir ez-Zor is resolved to the governorate here ("de regio
            // Deir ez-Zor"): its point is the governorate's.
            let limit = if f.n("precision") == Some(3) {
                40.0
            } else {
                5.0
            };
            assert!(
                km((f.lat, f.lon), at) < limit,
                "{place}: {} km",
                km((f.lat, f.lon), at)
            );
        }
    }
}

#[test]
fn committed_layer_is_what_the_readme_command_writes() {
    let env = TestEnv::new();
    let out = env.seed_layer_file("seeds.geojson");
    let fresh = std::fs::read(&out).unwrap();
    let committed = std::fs::read(root().join("output/seeds.geojson")).unwrap();
    assert!(
        fresh == committed,
        "output/seeds.geojson is stale: run the README's first command"
    );
}

#[test]
fn layer_is_deterministic_and_ids_are_stable() {
    let a = seed_layer();
    let b = seed_layer();
    let ids: Vec<&str> = a.iter().map(|f| f.s("id")).collect();
    assert_eq!(ids, b.iter().map(|f| f.s("id")).collect::<Vec<_>>());
    assert!(ids.iter().all(|id| id.contains(':')));
    let mut uniq = ids.clone();
    uniq.sort();
    uniq.dedup();
    assert_eq!(uniq.len(), ids.len(), "ids are unique");
}

/// The README's table of event types lists every type the tool writes,
/// with its ACLED event type.
#[test]
fn readme_lists_every_event_type() {
    let readme = std::fs::read_to_string(crate::util::root().join("README.md")).unwrap();
    for ty in eventmap::classify::EventType::ALL {
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", ty.code())))
            .unwrap_or_else(|| panic!("README lists no `{}`", ty.code()));
        if let (Some(acled), _) = ty.acled() {
            assert!(row.contains(acled), "{row}");
        }
    }
}
