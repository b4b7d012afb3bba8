//! The command-line contract: inputs, formats, options, and bad input.

use crate::util::{Feature, TestEnv, features, root};

const ARTICLE: &str = "date 2019-10-13\nTurkse gevechtsvliegtuigen hebben zondag de grensstad Tal Abyad gebombardeerd.\n";

#[test]
fn reads_stdin_by_default_and_names_it() {
    let env = TestEnv::new();
    let out = env.run_stdin(&["extract"], ARTICLE.as_bytes());
    assert!(out.status.success());
    let fs = features(&out.stdout);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].s("article"), "stdin");
    assert_eq!(fs[0].s("id"), "stdin:1");
    assert_eq!(fs[0].s("date"), "2019-10-13");
    let dash = env.run_stdin(&["extract", "-"], ARTICLE.as_bytes());
    assert_eq!(out.stdout, dash.stdout);
}

#[test]
fn header_on_same_line_and_fallback_date() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        "  date 2020-02 Bij een luchtaanval in Idlib zijn 5 mensen omgekomen.",
    );
    env.write(
        "b.txt",
        "Bij een luchtaanval in Idlib zijn 5 mensen omgekomen.",
    );
    let fs = env.layer(&["extract", "a.txt", "b.txt", "--date", "2021-03-04"]);
    assert_eq!(fs.len(), 2);
    assert_eq!(fs[0].s("date"), "2020-02");
    assert_eq!(fs[0].n("fatalities"), Some(5));
    assert_eq!(fs[1].s("date"), "2021-03-04");
    assert!(!fs[0].s("evidence").contains("date 2020"));
}

/// (place, date, fatalities) of each feature.
fn place_date_count(fs: &[Feature]) -> Vec<(&str, &str, Option<u64>)> {
    fs.iter()
        .map(|f| (f.s("place"), f.s("date"), f.n("fatalities")))
        .collect()
}

/// Wire copy without a header is dated by its dateline: the headline's
/// event is the lead's, and the weekdays of the text count back from it.
#[test]
fn dateline_dates_an_article_without_header() {
    let env = TestEnv::new();
    let wire = "Air strikes kill 12 in Idlib\n\n\
        BEIRUT, Aug. 9, 2018 (Reuters) - Air strikes hit the town of Idlib on \
        Thursday, killing 12 people, rescuers said.\n\n\
        Rebels shelled the city of Aleppo late on Wednesday.\n";
    env.write("wire.txt", wire);
    let fs = env.layer(&["extract", "wire.txt"]);
    assert_eq!(
        place_date_count(&fs),
        [
            ("Idlib", "2018-08-09", Some(12)),
            ("Aleppo", "2018-08-08", None)
        ]
    );
    // The date given on the command line comes first (a Thursday a week
    // later).
    let fs = env.layer(&["extract", "wire.txt", "--date", "2018-08-16"]);
    assert_eq!(fs[0].s("date"), "2018-08-16");
    assert_eq!(fs[1].s("date"), "2018-08-15");
}

/// Scraped articles with a metadata block (trafilatura's `---` block,
/// `Title:`/`Date:` lines) are dated by it, their title is the headline,
/// and the rest of the metadata (a description repeating the lead, a URL)
/// is no text.
#[test]
fn front_matter_dates_an_article_and_gives_its_headline() {
    let env = TestEnv::new();
    env.write(
        "scraped.txt",
        "---\ntitle: Air strikes kill 12 in Idlib\nauthor: Staff\n\
         url: https://example.org/idlib-strikes\n\
         description: Air strikes hit the town of Idlib on Thursday, killing 12 people.\n\
         date: 2018-08-09T14:02:00+00:00\n---\n\
         Air strikes hit the town of Idlib on Thursday, killing 12 people, rescuers said.\n\n\
         Rebels shelled the city of Aleppo late on Wednesday.\n",
    );
    let fs = env.layer(&["extract", "scraped.txt"]);
    assert_eq!(
        place_date_count(&fs),
        [
            ("Idlib", "2018-08-09", Some(12)),
            ("Aleppo", "2018-08-08", None)
        ]
    );
    assert!(fs.iter().all(|f| !f.s("evidence").contains("example.org")));
    // A date the front matter cannot give is an error naming the file.
    env.write(
        "undated.txt",
        "---\ndate: soon\n---\nRebels shelled Aleppo.",
    );
    let e = env.fails(&["extract", "undated.txt"]);
    assert!(e.contains("undated.txt") && e.contains("\"soon\""), "{e}");
}

#[test]
fn no_date_means_null_never_today() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        "Bij een luchtaanval in Idlib zijn 5 mensen omgekomen.",
    );
    let fs = env.layer(&["extract", "a.txt"]);
    assert!(fs[0].props["date"].is_null());
    assert!(fs[0].props["date_start"].is_null());
}

#[test]
fn directory_in_name_order_and_ids_from_stems() {
    let env = TestEnv::new();
    env.write("dir/b_second.txt", ARTICLE);
    env.write("dir/a_first.txt", ARTICLE);
    env.write("dir/notes.md", "not an article");
    let fs = env.layer(&["extract", "dir"]);
    let ids: Vec<&str> = fs.iter().map(|f| f.s("id")).collect();
    assert_eq!(ids, ["a_first:1", "b_second:1"]);
}

#[test]
fn geojsonseq_is_rfc8142_and_concatenates() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    env.write("b.txt", ARTICLE);
    let both = env.run(&["extract", "a.txt", "b.txt", "--format", "geojsonseq"]);
    let a = env.run(&["extract", "a.txt", "--format", "geojsonseq"]);
    let b = env.run(&["extract", "b.txt", "--format", "geojsonseq"]);
    assert!(both.status.success());
    let text = String::from_utf8(both.stdout.clone()).unwrap();
    for rec in text.split_terminator('\n') {
        assert!(rec.starts_with('\u{1e}'), "record separator: {rec:?}");
        let v: serde_json::Value = serde_json::from_str(&rec[1..]).unwrap();
        assert_eq!(v["type"], "Feature");
    }
    assert_eq!(both.stdout, [a.stdout, b.stdout].concat());
}

#[test]
fn merge_of_shards_equals_one_run() {
    let env = TestEnv::new();
    let seeds = root().join("seeds");
    let whole = env.run(&["extract", seeds.to_str().unwrap()]);
    let mut shards = Vec::new();
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let p = entry.unwrap().path();
        let shard = env.path(&format!(
            "{}.geojsons",
            p.file_stem().unwrap().to_string_lossy()
        ));
        let o = env.run(&[
            "extract",
            p.to_str().unwrap(),
            "--format",
            "geojsonseq",
            "-o",
            shard.to_str().unwrap(),
        ]);
        assert!(o.status.success());
        shards.push(shard.to_string_lossy().into_owned());
    }
    shards.reverse(); // merge does not depend on argument order
    let mut args = vec!["merge"];
    args.extend(shards.iter().map(String::as_str));
    let merged = env.run(&args);
    assert!(
        merged.status.success(),
        "{}",
        String::from_utf8_lossy(&merged.stderr)
    );
    assert_eq!(
        String::from_utf8(merged.stdout).unwrap(),
        String::from_utf8(whole.stdout).unwrap()
    );
}

#[test]
fn output_file_is_written_atomically_and_kept_on_failure() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    let good = env.run(&["extract", "a.txt", "-o", "layer.geojson"]);
    assert!(good.status.success());
    assert!(good.stdout.is_empty());
    let before = std::fs::read(env.path("layer.geojson")).unwrap();
    assert_eq!(features(&before).len(), 1);
    // A failing run (one unreadable article among good ones) leaves the
    // good layer alone and no temporary file behind.
    env.write("bad.txt", [0xff, 0xfe, 0x00]);
    env.fails(&["extract", "a.txt", "bad.txt", "-o", "layer.geojson"]);
    assert_eq!(std::fs::read(env.path("layer.geojson")).unwrap(), before);
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".eventmap"))
        .collect();
    assert!(leftovers.is_empty());
}

/// `-o` on something that is no regular file (a named pipe here; also
/// `/dev/null`, `/dev/stdout`, a shell's `>(gzip > l.gz)`) is written in
/// place. A temporary file renamed over it once replaced `/dev/null` with
/// an ordinary file when run as root.
#[cfg(unix)]
#[test]
fn output_to_a_pipe_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    let fifo = env.path("layer.pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let o = env.run(&["extract", "a.txt", "-o", "layer.pipe"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // (Checked before joining: a run that renamed a file over the pipe
    // never opened it, and the reader would wait for ever.)
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "{kind:?}");
    assert_eq!(features(&reader.join().unwrap()).len(), 1);
}

/// `-o /dev/stdout` writes to whatever standard output is open on: a file
/// the shell opened for appending keeps what it held.
#[cfg(unix)]
#[test]
fn output_to_dev_stdout_appends_to_its_file() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    env.write("out.txt", "before\n");
    let out = std::fs::OpenOptions::new()
        .append(true)
        .open(env.path("out.txt"))
        .unwrap();
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin!("eventmap"))
        .current_dir(env.dir.path())
        .args(["extract", "a.txt", "-o", "/dev/stdout"])
        .stdout(out)
        .status()
        .unwrap();
    assert!(status.success());
    let got = std::fs::read(env.path("out.txt")).unwrap();
    assert!(
        got.starts_with(b"before\n"),
        "{}",
        String::from_utf8_lossy(&got)
    );
    assert_eq!(features(&got[b"before\n".len()..]).len(), 1);
}

/// `-o -` is standard output, like `-` among the articles is standard
/// input: no file named "-" appears. (`-o ./-` still writes one.)
#[test]
fn output_dash_is_standard_output() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    let o = env.run(&["extract", "a.txt", "-o", "-"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(features(&o.stdout).len(), 1);
    assert!(!env.path("-").exists());
    let o = env.run(&["extract", "a.txt", "-o", "./-"]);
    assert!(o.status.success());
    assert!(o.stdout.is_empty());
    assert_eq!(features(&std::fs::read(env.path("-")).unwrap()).len(), 1);
}

/// `-o` through a symbolic link writes the link's target and keeps the
/// link, whether the target exists yet or not.
#[cfg(unix)]
#[test]
fn output_through_a_symlink_keeps_the_link() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    std::fs::create_dir(env.path("layers")).unwrap();
    std::os::unix::fs::symlink("layers/real.geojson", env.path("link.geojson")).unwrap();
    for _ in 0..2 {
        let o = env.run(&["extract", "a.txt", "-o", "link.geojson"]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let link = std::fs::symlink_metadata(env.path("link.geojson")).unwrap();
        assert!(link.file_type().is_symlink());
        let layer = std::fs::read(env.path("layers/real.geojson")).unwrap();
        assert_eq!(features(&layer).len(), 1);
    }
}

#[test]
fn bad_input_gets_one_line_naming_the_file() {
    let env = TestEnv::new();
    let e = env.fails(&["extract", "missing.txt"]);
    assert!(
        e.contains("missing.txt") && e.contains("no such file"),
        "{e}"
    );

    std::fs::create_dir(env.path("empty_dir")).unwrap();
    let e = env.fails(&["extract", "empty_dir"]);
    assert!(e.contains("empty_dir") && e.contains("no *.txt"), "{e}");

    env.write("latin1.txt", b"Bij een aanval in Idlib \xe9\xe9n dode.");
    let e = env.fails(&["extract", "latin1.txt"]);
    assert!(e.contains("latin1.txt") && e.contains("UTF-8"), "{e}");

    // A date header that cannot be read, rather than an article silently
    // without its date.
    env.write("day_first.txt", "date 13-10-2019\nBij een aanval in Idlib.");
    let e = env.fails(&["extract", "day_first.txt"]);
    assert!(
        e.contains("day_first.txt") && e.contains("\"13-10-2019\"") && e.contains("YYYY-MM-DD"),
        "{e}"
    );

    env.write("a.txt", ARTICLE);
    let e = env.fails(&["extract", "a.txt", "--date", "13-10-2019"]);
    assert!(e.contains("--date"), "{e}");
    let e = env.fails(&["extract", "a.txt", "--date", "2019-02-30"]);
    assert!(e.contains("--date"), "{e}");

    let e = env.fails(&["extract", "a.txt", "--format", "kml"]);
    assert!(e.contains("kml"), "{e}");

    let e = env.fails(&["extract", "a.txt", "-o", "no_dir/layer.geojson"]);
    assert!(
        e.contains("no_dir/layer.geojson") && e.contains("no such directory"),
        "{e}"
    );

    // An output that is a directory is named as one.
    let e = env.fails(&["extract", "a.txt", "-o", "empty_dir"]);
    assert!(
        e.contains("empty_dir") && e.contains("is a directory"),
        "{e}"
    );
}

/// A run that fails on its first article writes nothing to standard
/// output: no half collection for the next program in the pipe to choke on.
/// (A sequence keeps the records of the articles before the bad one: each is
/// whole.)
#[test]
fn failed_run_writes_no_half_layer_to_stdout() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    env.write("b.txt", b"Bij een aanval in Idlib \xe9\xe9n dode.");
    for format in ["geojson", "geojsonseq"] {
        let o = env.run(&["extract", "b.txt", "--format", format]);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            o.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&o.stdout)
        );
    }
    let o = env.run(&["extract", "a.txt", "b.txt", "--format", "geojsonseq"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(o.stdout.iter().filter(|&&b| b == 0x1e).count(), 1);
}

#[test]
fn empty_article_gives_an_empty_layer() {
    let env = TestEnv::new();
    env.write("empty.txt", "");
    env.write("header_only.txt", "date 2019-01-01\n");
    let fs = env.layer(&["extract", "empty.txt", "header_only.txt"]);
    assert!(fs.is_empty());
}

#[test]
fn broken_gazetteer_row_is_reported_with_its_line() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    env.gazetteer(&[
        "x:1,Tal Abyad,36.69,38.95,SY,,town,0,,test",
        "x:2,Nowhere,91.5,38.95,SY,,town,0,,test",
    ]);
    let e = env.fails(&["extract", "a.txt", "--gazetteer", "gaz.csv"]);
    assert!(e.contains("gaz.csv:3") && e.contains("latitude"), "{e}");
    env.write("gaz2.csv", "id,name\nx:1,Foo\n");
    let e = env.fails(&["extract", "a.txt", "--gazetteer", "gaz2.csv"]);
    assert!(e.contains("gaz2.csv:1") && e.contains("header"), "{e}");
}

#[test]
fn own_gazetteer_is_used() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        "Bij een luchtaanval op Fooville zijn 3 mensen omgekomen.",
    );
    env.gazetteer(&["my:1,Fooville,10.5,20.25,XX,Foo,town,100,Foo Ville,test"]);
    let fs = env.layer(&["extract", "a.txt", "--gazetteer", "gaz.csv"]);
    assert_eq!(fs.len(), 1);
    assert_eq!(fs[0].s("gazetteer_id"), "my:1");
    assert_eq!((fs[0].lon, fs[0].lat), (20.25, 10.5));
}

/// An article that reports no event (no cue, no death count) skips the name
/// look-ups; `--all-mentions` must still list its places.
#[test]
fn quiet_article_gives_mentions_only_when_asked() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        "De minister reisde van Amsterdam naar Ankara. Hij sprak daar over Idlib.",
    );
    assert!(env.layer(&["extract", "a.txt"]).is_empty());
    let all = env.layer(&["extract", "a.txt", "--all-mentions"]);
    let places: Vec<&str> = all.iter().map(|f| f.s("place")).collect();
    assert_eq!(places, ["Amsterdam", "Ankara", "Idlib"]);
}

#[test]
fn all_mentions_adds_mention_features() {
    let env = TestEnv::new();
    env.write(
        "a.txt",
        "De minister reisde van Amsterdam naar Ankara. In Idlib werd zwaar gevochten.",
    );
    let plain = env.layer(&["extract", "a.txt"]);
    assert_eq!(plain.len(), 1);
    let all = env.layer(&["extract", "a.txt", "--all-mentions"]);
    let mentions: Vec<&str> = all
        .iter()
        .filter(|f| f.s("event_type") == "mention")
        .map(|f| f.s("place"))
        .collect();
    assert!(
        mentions.contains(&"Amsterdam") && mentions.contains(&"Ankara"),
        "{mentions:?}"
    );
    assert!(
        all.iter()
            .all(|f| f.s("event_type") != "mention" || f.props["acled_event_type"].is_null())
    );
}

#[test]
fn feature_shape_follows_the_contract() {
    let env = TestEnv::new();
    env.write("a.txt", ARTICLE);
    let out = env.run(&["extract", "a.txt"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &v["features"][0];
    assert_eq!(f["geometry"]["type"], "Point");
    let c = f["geometry"]["coordinates"].as_array().unwrap();
    assert!(
        c[0].as_f64().unwrap() > 38.0 && c[1].as_f64().unwrap() < 37.0,
        "[lon, lat]"
    );
    let keys: Vec<&str> = f["properties"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "id",
            "article",
            "place",
            "mention",
            "gazetteer_id",
            "country",
            "admin1",
            "precision",
            "event_type",
            "acled_event_type",
            "acled_sub_event_type",
            "date",
            "date_start",
            "date_end",
            "fatalities",
            "evidence"
        ]
    );
    assert_eq!(f["properties"]["acled_sub_event_type"], "Air/drone strike");
    assert_eq!(f["properties"]["country"], "SY");
}

#[test]
fn lookup_explains_candidates() {
    let env = TestEnv::new();
    let out = env.run(&["gazetteer", "lookup", "Nairab", "--limit", "5"]);
    assert!(out.status.success());
    let fs = features(&out.stdout);
    assert!(fs.len() >= 2, "both Nairabs");
    for f in &fs {
        for k in [
            "place",
            "gazetteer_id",
            "country",
            "admin1",
            "kind",
            "score",
            "matched_variant",
        ] {
            assert!(f.props.get(k).is_some(), "{k}");
        }
    }
    let sy = env.run(&[
        "gazetteer",
        "lookup",
        "Ra's al 'Ayn",
        "--country",
        "SY",
        "--limit",
        "1",
    ]);
    assert_eq!(features(&sy.stdout)[0].s("place"), "Ras al-Ain");
}

#[test]
fn check_reports_problems_with_line_numbers() {
    let env = TestEnv::new();
    env.gazetteer(&[
        "a:1,Alpha,10,10,SY,,town,0,,t",
        "a:1,Beta,10,10,SY,,town,0,,t",
        "a:3,Gamma,10,200,SY,,town,0,,t",
        "a:4,Delta,10,10,SY,,spaceport,0,,t",
        "a:5,Alpha,20,20,SY,,town,0,,t",
    ]);
    let out = env.run(&["gazetteer", "check", "gaz.csv"]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("gaz.csv:3: error: duplicate id a:1"),
        "{text}"
    );
    assert!(
        text.contains("gaz.csv:4: error:") && text.contains("longitude"),
        "{text}"
    );
    assert!(
        text.contains("gaz.csv:5: error:") && text.contains("kind"),
        "{text}"
    );
    assert!(
        text.contains("gaz.csv:6: warning:") && text.contains("alpha"),
        "{text}"
    );
    let ok = env.run(&["gazetteer", "check"]);
    assert!(ok.status.success(), "the built-in gazetteer is valid");
}

#[test]
fn import_names_divisions_after_their_seats() {
    // Where the built-in gazetteer has no divisions of a country, a
    // division named after its seat is a place of its own, known by the
    // seat's name: "de provincie Utrecht" is the province, "Utrecht" the
    // city.
    let env = TestEnv::new();
    env.import_sample("NL", "nl.csv");
    let csv = std::fs::read_to_string(env.path("nl.csv")).unwrap();
    assert!(csv.contains("admin1:NL:Utrecht,Utrecht,"), "{csv}");
    assert!(csv.contains("admin1:NL:Groningen,Groningen,"));
    // (Drenthe is not named after Assen: it is known by its own name only.)
    let drenthe = csv
        .lines()
        .find(|l| l.starts_with("admin1:NL:Drenthe,Drenthe,"))
        .expect("Drenthe, by its own name");
    assert!(!drenthe.contains("Assen"), "{drenthe}");
    let fs = env.layer_of(
        "nl.csv",
        &[
            "date 2019-05-06\nBij een explosie in de provincie Utrecht kwamen twee mensen om.\n",
            "date 2019-05-06\nBij een explosie in Utrecht kwamen drie mensen om.\n",
        ],
    );
    let got: Vec<(String, Option<u64>)> = fs
        .iter()
        .map(|f| (f.s("gazetteer_id").to_string(), f.n("precision")))
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], ("admin1:NL:Utrecht".to_string(), Some(3)));
    assert_eq!(got[1], ("geonames:2745912".to_string(), Some(1)));
}

/// A division named otherwise than its seat is a place by its own name:
/// Nangarhar, whose seat is Jalalabad. (It had no place, and a drone strike
/// "in Nangarhar province" no event.)
#[test]
fn a_division_named_otherwise_than_its_seat() {
    let env = TestEnv::new();
    env.import_sample("AF", "af.csv");
    let fs = env.layer_of(
        "af.csv",
        &[
            "date 2021-08-28\nA U.S. drone strike in Nangarhar province killed two Islamic State planners on Saturday.\n",
            "date 2021-08-28\nA U.S. drone strike in Jalalabad killed two Islamic State planners on Saturday.\n",
        ],
    );
    let got: Vec<(&str, &str, Option<u64>, &str)> = fs
        .iter()
        .map(|f| {
            (
                f.s("article"),
                f.s("place"),
                f.n("precision"),
                f.s("event_type"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("a", "Nangarhar", Some(3), "airstrike"),
            ("b", "Jalālābād", Some(1), "airstrike"),
        ]
    );
}

/// A division known by its seat's name, named with a province noun, is the
/// division; a village named with it is where the event was.
#[test]
fn a_region_named_by_its_seat_contains_the_village() {
    let env = TestEnv::new();
    env.import_sample("UA", "ua.csv");
    let csv = std::fs::read_to_string(env.path("ua.csv")).unwrap();
    // (The built-in gazetteer's oblast, with its English name; the
    // divisions of a country it has none of are made from the dump, as
    // Nangarhar above.)
    assert!(
        csv.contains("admin1:UA:Khersonska_oblast,Kherson Oblast,"),
        "{csv}"
    );
    let fs = env.layer_of(
        "ua.csv",
        &[
            "date 2023-07-06\nRussian shelling killed two civilians in the southern region of Kherson on Wednesday.\n",
            "date 2023-07-06\nIn the southern region of Kherson, Russian shelling killed two civilians in the village of Bilozerka on Wednesday.\n",
            "date 2023-07-06\nRussian shelling killed two civilians in Kherson on Wednesday.\n",
            "date 2023-07-06\nRussian shelling killed two civilians in the Kherson oblast on Wednesday.\n",
        ],
    );
    let got: Vec<(&str, &str, Option<u64>)> = fs
        .iter()
        .map(|f| (f.s("article"), f.s("place"), f.n("fatalities")))
        .collect();
    assert_eq!(
        got,
        [
            ("a", "Kherson Oblast", Some(2)),
            ("b", "Bilozerka", Some(2)),
            ("c", "Kherson", Some(2)),
            ("d", "Kherson Oblast", Some(2)),
        ]
    );
}

/// The built-in gazetteer's divisions stand for the same divisions of a
/// dump, not for all of their country's: it has Russia's oblasts on
/// Ukraine's border, the dump the rest.
#[test]
fn import_keeps_the_divisions_the_builtin_lacks() {
    let env = TestEnv::new();
    env.import_sample("RU", "ru.csv");
    let csv = std::fs::read_to_string(env.path("ru.csv")).unwrap();
    let divisions: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("admin1:RU:"))
        .map(|l| l.split(',').nth(1).unwrap())
        .collect();
    assert!(divisions.contains(&"Kursk Oblast"), "{divisions:?}");
    assert!(divisions.contains(&"Omsk Oblast"), "{divisions:?}");
    assert_eq!(
        divisions.iter().filter(|&&d| d == "Kursk Oblast").count(),
        1,
        "{divisions:?}"
    );
}

#[test]
fn import_turns_geonames_into_a_usable_gazetteer() {
    let env = TestEnv::new();
    let sample = root().join("tests/fixtures/geonames_sample.txt");
    env.import_sample("SY,TR", "g.csv");
    let csv = std::fs::read_to_string(env.path("g.csv")).unwrap();
    assert!(csv.starts_with(
        "id,name,latitude,longitude,country,admin1,kind,population,variants,source\n"
    ));
    // The dump's rows of the countries asked for, and the built-in areas:
    // every country, and the divisions, regions and camps of those asked.
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert!(
        rows.iter()
            .filter(|l| l.starts_with("geonames:"))
            .all(|l| l.contains(",SY,") || l.contains(",TR,"))
    );
    assert!(csv.contains("geonames:169389,Idlib,35.93062,36.63393,SY,Idlib,city,128840"));
    assert!(rows.iter().any(|l| l.starts_with("country:IQ,Iraq,")));
    assert!(rows.iter().any(|l| l.starts_with("admin1:SY:Idlib,")));
    assert!(
        rows.iter()
            .filter(|l| l.starts_with("admin1:"))
            .all(|l| l.starts_with("admin1:SY:") || l.starts_with("admin1:TR:"))
    );
    let only = env.run(&[
        "gazetteer",
        "import",
        sample.to_str().unwrap(),
        "--countries",
        "SY,TR",
        "--geonames-only",
    ]);
    let only = String::from_utf8(only.stdout).unwrap();
    assert!(only.lines().skip(1).all(|l| l.starts_with("geonames:")));
    assert_eq!(
        only.lines().count() - 1,
        rows.iter().filter(|l| l.starts_with("geonames:")).count()
    );
    let check = env.run(&["gazetteer", "check", "g.csv"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    env.write(
        "a.txt",
        "Turkse troepen hebben de stad Tell Abyad veroverd.",
    );
    assert_eq!(
        env.ids(&["extract", "a.txt", "--gazetteer", "g.csv"]),
        ["geonames:163750"]
    );
    // A country is itself, in any language, not a town of a similar name.
    env.write(
        "b.txt",
        "Amerikaanse vliegtuigen bombardeerden doelen in Irak.",
    );
    assert_eq!(
        env.ids(&["extract", "b.txt", "--gazetteer", "g.csv"]),
        ["country:IQ"]
    );

    let pop = env.run(&[
        "gazetteer",
        "import",
        sample.to_str().unwrap(),
        "--min-population",
        "1000000",
    ]);
    let text = String::from_utf8(pop.stdout).unwrap();
    assert!(text.lines().count() > 10 && !text.contains("Tall Abya"));

    env.write("bad.txt", "1\tonly\tthree\n");
    let e = env.fails(&["gazetteer", "import", "bad.txt"]);
    assert!(e.contains("bad.txt:1") && e.contains("19"), "{e}");
}

#[test]
fn broken_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let seeds = root().join("seeds");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("eventmap"))
        .args(["extract", seeds.to_str().unwrap(), "--format", "geojsonseq"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then drop: the pipe closes
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        status.code() == Some(0) || status.code().is_none(),
        "{status:?} {err}"
    );
}

#[test]
fn compiled_index_gives_the_same_layer_as_its_csv() {
    let env = TestEnv::new();
    env.import_sample("SY", "sy.csv");
    let o = env.run(&["gazetteer", "index", "sy.csv", "-o", "sy.idx"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let seed = root().join("seeds/002_bf116a1bb5095ded.txt");
    let from_csv = env.run(&["extract", seed.to_str().unwrap(), "--gazetteer", "sy.csv"]);
    let from_idx = env.run(&["extract", seed.to_str().unwrap(), "--gazetteer", "sy.idx"]);
    assert!(from_idx.status.success());
    assert!(!features(&from_idx.stdout).is_empty());
    assert_eq!(from_csv.stdout, from_idx.stdout);
    // A truncated index is refused with one line, not read past its end.
    let bytes = std::fs::read(env.path("sy.idx")).unwrap();
    env.write("cut.idx", &bytes[..bytes.len() / 2]);
    let e = env.fails(&["extract", seed.to_str().unwrap(), "--gazetteer", "cut.idx"]);
    assert!(e.contains("cut.idx") && e.contains("index"), "{e}");
    // An index from another version of the format says to rebuild it.
    let mut old = bytes.clone();
    old[..8].copy_from_slice(b"EVMAPIX4");
    env.write("old.idx", &old);
    let e = env.fails(&["extract", seed.to_str().unwrap(), "--gazetteer", "old.idx"]);
    assert!(
        e.contains("old.idx") && e.contains("another version") && e.contains("gazetteer index"),
        "{e}"
    );
}

#[test]
fn same_layer_on_one_thread_and_on_several() {
    // One thread extracts in the calling thread, several in rayon's pool:
    // the layer must not tell them apart.
    let env = TestEnv::new();
    for (i, seed) in std::fs::read_dir(root().join("seeds")).unwrap().enumerate() {
        let text = std::fs::read(seed.unwrap().path()).unwrap();
        // Copies, so that the batch spans several chunks of the pool.
        for k in 0..12 {
            env.write(&format!("in/{i}_{k:02}.txt"), &text);
        }
    }
    let run = |threads: &str| {
        assert_cmd::Command::cargo_bin("eventmap")
            .unwrap()
            .current_dir(env.dir.path())
            .env("RAYON_NUM_THREADS", threads)
            .args(["extract", "in", "-q"])
            .output()
            .unwrap()
    };
    let one = run("1");
    assert!(one.status.success());
    assert!(!features(&one.stdout).is_empty());
    assert_eq!(one.stdout, run("3").stdout);
}

/// A village or town of a country no other mention names, where the
/// others name one, is no place of the article: "Boko Haram" is no Kazakh
/// village of 1,000 people in a report from Borno. (A village of the country
/// named stays.)
#[test]
fn a_village_abroad_by_chance_is_no_site() {
    let env = TestEnv::new();
    env.gazetteer(&[
        "t:1,Boko,49.05632,81.63721,KZ,,village,1052,,test",
        "t:2,Maiduguri,11.84692,13.15712,NG,Borno,city,758700,,test",
        "t:3,Borno,11.8846,13.152,NG,Borno,admin1,0,,test",
        "t:4,Konduga,11.65,13.41,NG,Borno,village,2000,,test",
        "country:NG,Nigeria,10,8,NG,,country,0,,test",
    ]);
    let fs = env.layer_of(
        "gaz.csv",
        &[
            "date 2021-06-07\nBoko Haram fighters killed at least 20 farmers near Maiduguri in Borno state on Saturday, local officials said.\n",
            "date 2021-06-07\nFighters killed at least 20 farmers in Konduga in Nigeria on Saturday, local officials said.\n",
        ],
    );
    let got: Vec<(&str, &str)> = fs.iter().map(|f| (f.s("article"), f.s("place"))).collect();
    assert_eq!(got, [("a", "Maiduguri"), ("b", "Konduga")]);
}

/// A town under 50,000 named by its own name is a place of the article
/// only near the others or in a country the article names: the Anjara of
/// "the towns of … and Anjara in rural Aleppo" is no Jordanian town 400 km
/// away. In a report that names Jordan it is.
#[test]
fn a_small_town_abroad_needs_its_country() {
    let env = TestEnv::new();
    env.gazetteer(&[
        "t:1,Aleppo,36.20124,37.16117,SY,Aleppo,city,1602264,,test",
        "t:2,Anadan,36.2936,37.0452,SY,Aleppo,town,8000,,test",
        "t:3,Anjara,32.30558,35.75317,JO,Ajloun,town,12000,,test",
        "country:JO,Jordan,31,36,JO,,country,0,Jordanië,test",
        "country:SY,Syria,35,38,SY,,country,0,Syrië,test",
    ]);
    let fs = env.layer_of(
        "gaz.csv",
        &[
            "date 2016-06-21\nRegime helicopters bombed the towns of Anadan and Anjara in rural Aleppo in Syria on Tuesday, killing at least 21 civilians.\n",
            "date 2016-06-21\nA car bomb exploded in Anjara in northern Jordan on Tuesday, killing two people.\n",
        ],
    );
    let got: Vec<(&str, &str)> = fs.iter().map(|f| (f.s("article"), f.s("place"))).collect();
    assert_eq!(got, [("a", "Anadan"), ("a", "Aleppo"), ("b", "Anjara")]);
}

/// The word lists hold towns' names as well as words: a town is named by
/// a common word only where the word is more common than the town's size
/// explains, and not where a bigger namesake explains it. "Zaltbommel"
/// (zipf 3.5, 26,000 people) names its town alone; "Schoten" (4.2, shots)
/// does not name the Belgian town of 34,000 alone; "Petersburg" (4.0) is
/// Saint Petersburg's, not that of Petersburg, Virginia, of 32,000.
#[test]
fn a_towns_name_in_the_word_lists_is_no_common_word() {
    let env = TestEnv::new();
    env.gazetteer(&[
        "t:1,Zaltbommel,51.81,5.24444,NL,Gelderland,town,26383,,test",
        "t:2,Schoten,51.2522,4.5013,BE,Flanders,town,33622,,test",
        "t:3,Saint Petersburg,59.93863,30.31413,RU,Saint Petersburg,city,5351935,Petersburg,test",
        "t:4,Petersburg,37.22793,-77.40193,US,Virginia,town,32477,,test",
        "t:5,Idlib,35.93,36.63,SY,Idlib,city,165000,,test",
    ]);
    let fs = env.layer_of(
        "gaz.csv",
        &[
            "date 2019-03-10\nDe politie heeft in Zaltbommel een man opgepakt.\n",
            "date 2019-03-10\nDe politie heeft in Schoten een man opgepakt.\n",
            "date 2017-04-13\nAssad's allies face terrorist attacks in their own backyard in St. Petersburg. Airstrikes hit Idlib in Syria.\n",
        ],
    );
    let got: Vec<(&str, &str)> = fs.iter().map(|f| (f.s("article"), f.s("place"))).collect();
    assert_eq!(
        got,
        [
            ("a", "Zaltbommel"),
            ("c", "Saint Petersburg"),
            ("c", "Idlib")
        ]
    );
}
