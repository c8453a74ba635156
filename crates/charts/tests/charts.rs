//! Radar charts drawn for real and read back as XML.
// Helpers outside #[test] functions may panic too: this is test code.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use rolspiegel_charts::{
    role_colour, role_hex, Chart, ChartError, RadarChart, RadarSeries, SeriesStyle, TrendChart,
    TrendPoint,
};
use rolspiegel_core::Role;

fn chart(scores: [f64; 3], labels: [&str; 3]) -> RadarChart {
    RadarChart {
        size: (720, 600),
        axis_labels: labels.map(String::from),
        axis_values: Some(scores.map(|s| format!("{s:.1}"))),
        ring_labels: ["0", "25", "50", "75", "100"].map(String::from),
        series: vec![RadarSeries {
            scores,
            style: SeriesStyle::PROFILE,
        }],
        legend: vec![],
        margins: None,
        spreads: None,
    }
}

fn texts(doc: &roxmltree::Document<'_>) -> Vec<(String, f64, f64)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            let attr = |name| {
                n.attribute(name)
                    .and_then(|v: &str| v.parse::<f64>().ok())
                    .unwrap_or(f64::NAN)
            };
            (
                n.text().unwrap_or_default().trim().to_string(),
                attr("x"),
                attr("y"),
            )
        })
        .collect()
}

#[test]
fn draws_a_parseable_svg_with_roles_in_the_fixed_order() {
    let svg = chart(
        [100.0, 50.0, 25.0],
        ["Bureaucraat", "Ondernemer", "Verbinder"],
    )
    .to_svg()
    .expect("draws");
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    let texts = texts(&doc);
    let find = |label: &str| {
        texts
            .iter()
            .find(|(t, _, _)| t == label)
            .unwrap_or_else(|| panic!("no label {label}"))
            .clone()
    };
    let (_, bx, by) = find("Bureaucraat");
    let (_, ox, oy) = find("Ondernemer");
    let (_, vx, vy) = find("Verbinder");
    assert!(by < oy && by < vy, "Bureaucraat is at the top");
    assert!(
        ox > bx && vx < bx,
        "Ondernemer lower right, Verbinder lower left"
    );
    for ring in ["0", "25", "50", "75", "100"] {
        find(ring);
    }
    find("100.0");
    find("25.0");
}

#[test]
fn the_score_shape_sits_where_the_scores_say() {
    let svg = chart([100.0, 50.0, 25.0], ["B", "O", "V"])
        .to_svg()
        .expect("draws");
    let doc = roxmltree::Document::parse(&svg).expect("xml");
    let polygon = doc
        .descendants()
        .find(|n| n.has_tag_name("polygon"))
        .expect("the score area is a polygon");
    let points: Vec<(f64, f64)> = polygon
        .attribute("points")
        .expect("points")
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').expect("x,y");
            (x.parse().expect("x"), y.parse().expect("y"))
        })
        .collect();
    assert_eq!(points.len(), 3);
    // Centre (360, 324), radius min(216, 204) = 204.
    let (cx, cy, r) = (360.0, 324.0, 204.0);
    let close = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() <= 1.0 && (a.1 - b.1).abs() <= 1.0;
    assert!(
        close(points[0], (cx, cy - r)),
        "Bureaucraat 100 at the top: {:?}",
        points[0]
    );
    let cos30 = 30_f64.to_radians().cos();
    assert!(
        close(points[1], (cx + r * 0.5 * cos30, cy + r * 0.5 * 0.5)),
        "{:?}",
        points[1]
    );
    assert!(
        close(points[2], (cx - r * 0.25 * cos30, cy + r * 0.25 * 0.5)),
        "{:?}",
        points[2]
    );
}

#[test]
fn each_margin_is_a_band_in_its_role_colour_along_its_own_axis() {
    let mut margined = chart([60.0, 50.0, 25.0], ["B", "O", "V"]);
    margined.margins = Some([(50.0, 70.0), (38.0, 62.0), (10.0, 40.0)]);
    let svg = margined.to_svg().expect("draws");
    let doc = roxmltree::Document::parse(&svg).expect("xml");
    // Centre (360, 324), radius 204: the Bureaucraat axis runs straight up.
    let (cx, cy, r) = (360.0, 324.0, 204.0);
    let bands: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("polygon"))
        .filter(|n| n.attribute("opacity") == Some("0.3"))
        .collect();
    assert_eq!(bands.len(), 3, "one band per role");
    for (band, role) in bands.iter().zip(Role::ALL) {
        assert_eq!(
            band.attribute("fill").map(str::to_lowercase),
            Some(role_hex(role).to_lowercase()),
            "{role:?}"
        );
    }
    let ys: Vec<f64> = bands[0]
        .attribute("points")
        .expect("points")
        .split_whitespace()
        .map(|p| p.split_once(',').expect("x,y").1.parse().expect("y"))
        .collect();
    let (top, bottom) = (
        ys.iter().copied().fold(f64::MAX, f64::min),
        ys.iter().copied().fold(f64::MIN, f64::max),
    );
    assert!(
        (top - (cy - 0.7 * r)).abs() <= 1.0,
        "70 at the top end: {top}"
    );
    assert!(
        (bottom - (cy - 0.5 * r)).abs() <= 1.0,
        "50 at the lower end: {bottom}"
    );
    assert!(
        bands[0]
            .attribute("points")
            .expect("points")
            .split_whitespace()
            .all(|p| {
                let x: f64 = p.split_once(',').expect("x,y").0.parse().expect("x");
                (x - cx).abs() < 12.0
            }),
        "the band hugs the axis"
    );
    // A margin off the scale is refused like a score.
    margined.margins = Some([(50.0, 100.5), (38.0, 62.0), (10.0, 40.0)]);
    assert!(matches!(
        margined.to_svg(),
        Err(ChartError::ScoreOutOfRange(_))
    ));
}

#[test]
fn labels_are_text_never_markup() {
    let hostile = "<script>alert(1)</script>";
    let svg = chart([50.0, 50.0, 50.0], [hostile, "O", "V"])
        .to_svg()
        .expect("draws");
    let doc = roxmltree::Document::parse(&svg).expect("xml");
    assert!(
        doc.descendants().all(|n| !n.has_tag_name("script")),
        "no script element"
    );
    assert!(
        texts(&doc).iter().any(|(t, _, _)| t == hostile),
        "the label is shown as text"
    );
}

#[test]
fn refuses_scores_off_the_scale_and_empty_charts() {
    let mut off = chart([50.0, 50.0, 50.0], ["B", "O", "V"]);
    off.series[0].scores[1] = 100.5;
    assert!(matches!(off.to_svg(), Err(ChartError::ScoreOutOfRange(_))));
    off.series[0].scores[1] = f64::NAN;
    assert!(matches!(off.to_svg(), Err(ChartError::ScoreOutOfRange(_))));
    off.series.clear();
    assert_eq!(off.to_svg(), Err(ChartError::NoSeries));
}

#[test]
fn role_colours_stay_apart_in_greyscale_and_match_the_ui() {
    let luma = |role: Role| {
        let c = role_colour(role);
        0.299 * f64::from(c.0) + 0.587 * f64::from(c.1) + 0.114 * f64::from(c.2)
    };
    let mut lumas: Vec<f64> = Role::ALL.iter().map(|r| luma(*r)).collect();
    lumas.sort_by(f64::total_cmp);
    assert!(
        lumas.windows(2).all(|w| w[1] - w[0] >= 30.0),
        "greyscale lumas {lumas:?}"
    );

    let tokens = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../ui/src/styles/tokens.css"
    ))
    .expect("the UI's tokens file exists");
    for role in Role::ALL {
        let line = format!("--rs-role-{}: {};", role.key(), role_hex(role));
        assert!(tokens.contains(&line), "tokens.css must say `{line}`");
    }
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder.read_info().expect("a valid PNG");
    let info = reader.info();
    (info.width, info.height)
}

#[test]
fn the_png_is_the_same_chart_at_a_chosen_scale() {
    let radar = chart(
        [80.0, 40.0, 20.0],
        ["Bureaucraat", "Ondernemer", "Verbinder"],
    );
    let png = radar.to_png(2).expect("drawn");
    assert_eq!(png_size(&png), (1440, 1200));
    let png = radar.to_png(1).expect("drawn");
    assert_eq!(png_size(&png), (720, 600));
}

fn compared(n: usize) -> RadarChart {
    let mut radar = chart([0.0; 3], ["B", "O", "V"]);
    radar.axis_values = None;
    radar.series = (0..n)
        .map(|i| RadarSeries {
            scores: [20.0 + 15.0 * i as f64, 60.0, 40.0],
            style: SeriesStyle::COMPARE[i],
        })
        .collect();
    radar.legend = (0..n).map(|i| format!("result {i} <b>&amp;")).collect();
    radar
}

#[test]
fn compared_results_get_distinct_styles_and_a_legend_under_the_chart() {
    let styles = SeriesStyle::COMPARE;
    for (i, a) in styles.iter().enumerate() {
        for b in &styles[i + 1..] {
            assert_ne!(
                a.colour, b.colour,
                "every compared result has its own colour"
            );
        }
    }
    let dashes: std::collections::HashSet<_> = styles[..4].iter().map(|s| s.dash).collect();
    assert_eq!(dashes.len(), 4, "the first four also differ in line style");

    let radar = compared(3);
    assert_eq!(
        radar.size(),
        (720, 600 + 3 * 40 + 16),
        "the legend adds a line per result"
    );
    let svg = radar.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let texts = texts(&doc);
    for i in 0..3 {
        let entry = texts
            .iter()
            .find(|(t, _, _)| t == &format!("result {i} <b>&amp;"))
            .expect("legend text, escaped, not markup");
        assert!(entry.2 > 600.0, "the legend sits under the chart");
    }
    assert!(!doc.descendants().any(|n| n.has_tag_name("b")));
    assert_eq!(png_size(&radar.to_png(1).expect("png")), radar.size());
}

fn trend() -> TrendChart {
    TrendChart {
        size: (720, 400),
        role_names: ["Bureaucraat", "Ondernemer", "Verbinder"].map(String::from),
        points: vec![
            TrendPoint {
                at_days: 0.0,
                label: "1 sep 2025".into(),
                scores: [70.0, 30.0, 50.0],
            },
            TrendPoint {
                at_days: 365.0,
                label: "1 sep 2026".into(),
                scores: [50.0, 45.0, 60.0],
            },
            TrendPoint {
                at_days: 120.0,
                label: "30 dec 2025".into(),
                scores: [60.0, 40.0, 55.0],
            },
        ],
    }
}

#[test]
fn the_trend_chart_places_results_by_time_with_dates_and_a_legend() {
    let svg = trend().to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let texts = texts(&doc);
    let x_of = |label: &str| {
        texts
            .iter()
            .find(|(t, _, _)| t == label)
            .unwrap_or_else(|| panic!("{label} is drawn"))
            .1
    };
    let (a, b, c) = (x_of("1 sep 2025"), x_of("30 dec 2025"), x_of("1 sep 2026"));
    assert!(a < b && b < c, "oldest left");
    let ratio = (b - a) / (c - a);
    assert!(
        (ratio - 120.0 / 365.0).abs() < 0.02,
        "x follows real time: {ratio}"
    );
    for name in ["Bureaucraat", "Ondernemer", "Verbinder"] {
        x_of(name);
    }
    assert_eq!(png_size(&trend().to_png(2).expect("png")), (1440, 800));
}

#[test]
fn the_trend_chart_refuses_empty_or_off_scale_data() {
    let mut empty = trend();
    empty.points.clear();
    assert_eq!(empty.to_svg(), Err(ChartError::NoSeries));
    let mut off = trend();
    off.points[0].scores[1] = 101.0;
    assert!(matches!(off.to_png(1), Err(ChartError::ScoreOutOfRange(_))));
}

#[test]
fn results_taken_close_together_are_spaced_evenly_instead_of_overlapping() {
    let mut chart = trend();
    for (i, p) in chart.points.iter_mut().enumerate() {
        p.at_days = 100.0 + 0.001 * i as f64;
        p.label = format!("moment {i}");
    }
    let svg = chart.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let xs: Vec<f64> = texts(&doc)
        .into_iter()
        .filter(|(t, _, _)| t.starts_with("moment"))
        .map(|(_, x, _)| x)
        .collect();
    assert_eq!(xs.len(), 3, "every date label is drawn");
    assert!(
        (xs[1] - xs[0] - (xs[2] - xs[1])).abs() < 2.0,
        "even steps: {xs:?}"
    );
    assert!(xs[1] - xs[0] > 100.0, "well apart: {xs:?}");
}

fn circles(doc: &roxmltree::Document<'_>) -> Vec<(f64, f64)> {
    doc.descendants()
        .filter(|n| n.has_tag_name("circle"))
        .map(|n| {
            let a = |k| {
                n.attribute(k)
                    .and_then(|v: &str| v.parse().ok())
                    .unwrap_or(f64::NAN)
            };
            (a("cx"), a("cy"))
        })
        .collect()
}

fn mix_map(show_dots: bool, show_centre: bool) -> rolspiegel_charts::MixMap {
    rolspiegel_charts::MixMap {
        size: (600, 600),
        corner_labels: ["Bureaucraat", "Ondernemer", "Verbinder"].map(String::from),
        dots: vec![
            [100.0, 0.0, 0.0],
            [0.0, 100.0, 0.0],
            [0.0, 0.0, 100.0],
            [50.0, 50.0, 0.0],
        ],
        levels: Vec::new(),
        names: vec![
            "<b>Sam</b>".into(),
            String::new(),
            String::new(),
            String::new(),
        ],
        centre: [37.5, 37.5, 25.0],
        show_dots,
        show_centre,
        weight: 1.0,
        shape: false,
    }
}

#[test]
fn a_dot_in_the_mix_map_is_as_big_as_the_roles_are_recognised() {
    let map = rolspiegel_charts::MixMap {
        levels: vec![0.0, 50.0, 100.0, 75.0],
        ..mix_map(true, false)
    };
    let svg = map.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let dots: Vec<(f64, (f64, f64))> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .skip(3)
        .skip(1)
        .step_by(2)
        .map(|n| {
            let a = |k| {
                n.attribute(k)
                    .and_then(|v: &str| v.parse().ok())
                    .unwrap_or(f64::NAN)
            };
            (a("r"), (a("cx"), a("cy")))
        })
        .collect();
    // 6 px × (0.6 + 0.8 × level / 100), biggest drawn first so a small dot
    // on the same place stays visible: 100 → 8.4, 75 → 7.2, 50 → 6, 0 → 3.6.
    let radii: Vec<f64> = dots.iter().map(|(r, _)| *r).collect();
    assert_eq!(radii, [8.0, 7.0, 6.0, 4.0], "{dots:?}");
    let corners = circles(&doc);
    let verbinder = corners[2];
    let biggest = dots[0].1;
    assert!((biggest.0 - verbinder.0).abs() < 1.5 && (biggest.1 - verbinder.1).abs() < 1.5);
    let off = rolspiegel_charts::MixMap {
        levels: vec![0.0, 50.0, 120.0, 75.0],
        ..mix_map(true, false)
    };
    assert!(matches!(off.to_svg(), Err(ChartError::ScoreOutOfRange(_))));
}

#[test]
fn the_mix_map_puts_pure_mixes_on_the_corners_and_draws_step_by_step() {
    let svg = mix_map(true, true).to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let all = circles(&doc);
    // Corner markers come first (3), then each dot with its white halo (2 each).
    let corners = &all[..3];
    let dots: Vec<(f64, f64)> = all[3..11].iter().skip(1).step_by(2).copied().collect();
    for (dot, corner) in dots.iter().zip(corners) {
        assert!(
            (dot.0 - corner.0).abs() < 1.5 && (dot.1 - corner.1).abs() < 1.5,
            "{dot:?} at {corner:?}"
        );
    }
    // Half Bureaucraat, half Ondernemer: halfway along the right side.
    let half = dots[3];
    assert!((half.0 - (corners[0].0 + corners[1].0) / 2.0).abs() < 1.5);
    assert!((half.1 - (corners[0].1 + corners[1].1) / 2.0).abs() < 1.5);
    assert!(
        texts(&doc).iter().any(|(t, _, _)| t == "<b>Sam</b>"),
        "names are text"
    );

    let empty = mix_map(false, false).to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&empty).expect("valid XML");
    assert_eq!(circles(&doc).len(), 3, "only the corner markers");
    let off = rolspiegel_charts::MixMap {
        centre: [120.0, 0.0, 0.0],
        ..mix_map(true, true)
    };
    assert!(matches!(off.to_svg(), Err(ChartError::ScoreOutOfRange(_))));
}

#[test]
fn the_spread_chart_has_a_dot_per_participant_for_each_shown_role() {
    let chart = rolspiegel_charts::SpreadChart {
        size: (720, 360),
        role_names: ["Bureaucraat", "Ondernemer", "Verbinder"].map(String::from),
        scores: vec![[10.0, 50.0, 90.0], [30.0, 50.0, 70.0], [50.0, 50.0, 50.0]],
        means: [30.0, 50.0, 70.0],
        show_roles: [true, false, true],
        weight: 1.0,
        shape: false,
    };
    let svg = chart.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let dots = circles(&doc);
    assert_eq!(dots.len(), 6, "three dots for each of the two shown roles");
    // Bureaucraat 10 and 50 sit left and right of its mean 30, equally far.
    let (a, c) = (dots[0].0, dots[2].0);
    assert!(a < dots[1].0 && dots[1].0 < c);
    assert!(((dots[1].0 - a) - (c - dots[1].0)).abs() < 1.5);
    assert_eq!(png_size(&chart.to_png(2).expect("png")), (1440, 720));
}

#[test]
fn identical_marks_of_a_big_group_are_drawn_once_with_their_combined_opacity() {
    let chart = rolspiegel_charts::SpreadChart {
        size: (720, 360),
        role_names: ["B", "O", "V"].map(String::from),
        scores: vec![[50.0, 50.0, 50.0]; 500],
        means: [50.0; 3],
        show_roles: [true, false, false],
        weight: 1.0,
        shape: false,
    };
    let svg = chart.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let dots: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("circle"))
        .collect();
    assert_eq!(dots.len(), 1, "500 identical dots are one element");
    let opacity: f64 = dots[0]
        .attribute("opacity")
        .or_else(|| dots[0].attribute("fill-opacity"))
        .and_then(|v| v.parse().ok())
        .unwrap_or(1.0);
    assert!(opacity > 0.99, "as dark as 500 layers of 0.45: {opacity}");
}

#[test]
fn text_that_xml_forbids_or_that_reorders_a_line_never_breaks_the_svg() {
    let mut radar = chart(
        [60.0, 40.0, 50.0],
        ["Bureaucraat", "Ondernemer", "Verbinder"],
    );
    radar.series.push(RadarSeries {
        scores: [30.0, 70.0, 50.0],
        style: SeriesStyle::COMPARE[1],
    });
    // Stored before such text was refused: the chart must still draw.
    radar.legend = vec![
        "1 sep \u{FFFF} label\u{0001}".into(),
        "2 sep \u{202E}lebal\u{2066}x\u{200B}".into(),
    ];
    radar.series[0].style = SeriesStyle::COMPARE[0];
    let svg = radar.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("the SVG stays well-formed XML");
    let texts = texts(&doc);
    assert!(texts
        .iter()
        .any(|(t, _, _)| t == "1 sep \u{FFFD} label\u{FFFD}"));
    assert!(texts
        .iter()
        .any(|(t, _, _)| t == "2 sep \u{FFFD}lebal\u{FFFD}x\u{FFFD}"));
    assert!(
        !svg.contains(['\u{202E}', '\u{2066}', '\u{200B}', '\u{FFFF}']),
        "no reordering or forbidden character is left"
    );
}

#[test]
fn a_big_groups_triangle_is_a_density_counted_by_hand() {
    use rolspiegel_charts::{density, Cell};
    // Cut into 4 a side: shares (b, o, v) in quarters.
    let dots = [
        [100.0, 0.0, 0.0],  // the Bureaucraat corner: top row, upward
        [0.0, 100.0, 0.0],  // the Ondernemer corner
        [0.0, 0.0, 100.0],  // the Verbinder corner
        [10.0, 10.0, 80.0], // near Verbinder: row 0, column 0, upward
        [20.0, 20.0, 60.0], // b·4 = 0.8, o·4 = 0.8: past the diagonal, downward
        [20.0, 20.0, 60.0],
        [50.0, 30.0, 20.0], // row 2, column 1; 0 + 0.2 ≤ 1: upward
    ];
    let cell = |row, column, up| Cell { row, column, up };
    assert_eq!(
        density(&dots, 4),
        vec![
            (cell(0, 0, false), 2),
            (cell(0, 0, true), 2),
            (cell(0, 3, true), 1),
            (cell(2, 1, true), 1),
            (cell(3, 0, true), 1),
        ]
    );
    // Drawn as shaded small triangles instead of dots, with no names.
    let map = rolspiegel_charts::MixMap {
        dots: dots.to_vec(),
        names: vec!["Sam".into(); 7],
        shape: true,
        ..mix_map(true, true)
    };
    let svg = map.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    let shaded = doc
        .descendants()
        .filter(|n| n.has_tag_name("polygon"))
        .count();
    // 12 a side: the three corners, (10, 10, 80), (20, 20, 60) twice and
    // (50, 30, 20) each in a cell of their own.
    assert_eq!(shaded, 6, "one per cell with someone in it");
    assert!(!texts(&doc).iter().any(|(t, _, _)| t == "Sam"), "no names");
    // Three corner markers and the centre's two rings: no dot per person.
    assert_eq!(circles(&doc).len(), 5);
}

#[test]
fn a_big_groups_strips_are_histograms_counted_by_hand() {
    use rolspiegel_charts::histogram;
    let bins = histogram([0.0, 4.9, 5.0, 52.5, 99.9, 100.0]);
    let mut want = [0; 20];
    want[0] = 2;
    want[1] = 1;
    want[10] = 1;
    want[19] = 2;
    assert_eq!(bins, want);
    let chart = rolspiegel_charts::SpreadChart {
        size: (720, 360),
        role_names: ["B", "O", "V"].map(String::from),
        scores: vec![[0.0, 50.0, 100.0], [2.0, 50.0, 100.0], [60.0, 50.0, 100.0]],
        means: [20.667, 50.0, 100.0],
        show_roles: [true; 3],
        weight: 1.0,
        shape: true,
    };
    let svg = chart.to_svg().expect("drawn");
    let doc = roxmltree::Document::parse(&svg).expect("valid XML");
    assert!(circles(&doc).is_empty(), "no dot per person");
    let bars: Vec<(f64, f64)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("rect"))
        .skip(1) // the white background
        .map(|n| {
            let a = |k| {
                n.attribute(k)
                    .and_then(|v: &str| v.parse().ok())
                    .unwrap_or(f64::NAN)
            };
            (a("x"), a("height"))
        })
        .collect();
    // Bureaucraat: 2 in bin 0, 1 in bin 12; the others 3 in one bin each.
    assert_eq!(bars.len(), 4, "{bars:?}");
    let tallest = bars.iter().map(|b| b.1).fold(0.0, f64::max);
    assert!((bars[0].1 - tallest * 2.0 / 3.0).abs() <= 1.5, "{bars:?}");
    assert!((bars[1].1 - tallest / 3.0).abs() <= 1.5, "{bars:?}");
}

#[test]
fn a_big_groups_radar_draws_the_middle_half_and_range_along_each_axis() {
    let mut radar = chart(
        [50.0, 50.0, 50.0],
        ["Bureaucraat", "Ondernemer", "Verbinder"],
    );
    let polygons = |svg: &str| {
        roxmltree::Document::parse(svg)
            .expect("valid XML")
            .descendants()
            .filter(|n| n.has_tag_name("polygon"))
            .count()
    };
    let without = polygons(&radar.to_svg().expect("drawn"));
    radar.spreads = Some(Box::new([
        rolspiegel_charts::RoleSpread {
            min: 10.0,
            q1: 30.0,
            q3: 70.0,
            max: 90.0,
        },
        rolspiegel_charts::RoleSpread {
            min: 0.0,
            q1: 40.0,
            q3: 60.0,
            max: 100.0,
        },
        rolspiegel_charts::RoleSpread {
            min: 20.0,
            q1: 25.0,
            q3: 35.0,
            max: 50.0,
        },
    ]));
    let bands = polygons(&radar.to_svg().expect("drawn")) - without;
    assert_eq!(bands, 6, "a range and a middle half for each role");
    radar.spreads = Some(Box::new(
        [rolspiegel_charts::RoleSpread {
            min: 10.0,
            q1: 30.0,
            q3: 70.0,
            max: 101.0,
        }; 3],
    ));
    assert!(matches!(
        radar.to_svg(),
        Err(ChartError::ScoreOutOfRange(_))
    ));
}
