//! GDAL (the reader QGIS uses) opens the seeds' layer: every feature, and
//! `date_start`/`date_end` as Date fields, so QGIS's temporal controller can
//! use them.

use std::process::Command;

use crate::util::TestEnv;

#[test]
fn ogrinfo_reads_the_seed_layer() {
    let probe = Command::new("ogrinfo").arg("--version").output();
    let Ok(probe) = probe else {
        panic!("ogrinfo not found: install GDAL (Debian: apt-get install gdal-bin); .ci/run does");
    };
    assert!(probe.status.success());
    let env = TestEnv::new();
    let layer = env.seed_layer_file("seeds.geojson");
    let expected = crate::util::features(&std::fs::read(&layer).unwrap()).len();
    let out = Command::new("ogrinfo")
        .args(["-ro", "-al", "-so"])
        .arg(&layer)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains(&format!("Feature Count: {expected}")),
        "{text}"
    );
    assert!(text.contains("Geometry: Point"), "{text}");
    assert!(text.contains("date_start: Date"), "{text}");
    assert!(text.contains("date_end: Date"), "{text}");
    assert!(text.contains("fatalities: Integer"), "{text}");
    assert!(text.contains("precision: Integer"), "{text}");
    // And the features themselves, not only the summary.
    let all = Command::new("ogrinfo")
        .args(["-ro", "-al"])
        .arg(&layer)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&all.stdout);
    assert_eq!(text.matches("OGRFeature(").count(), expected);
    assert!(text.contains("date_start (Date) = 2020/02/01"), "{text}");
}
