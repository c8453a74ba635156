//! The report as independent tools read it: poppler's pdftotext and pdfinfo,
//! and pikepdf for the structure tree (`tests/pdf/structure.py`). The pages are
//! rendered with pdftoppm into `artifacts/report/` to be looked at.
#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::path::{Path, PathBuf};

use rolspiegel_charts::{RadarSeries, SeriesStyle};
use rolspiegel_pdf_check::{elements, in_order, info, render_pages, structure, text, tool};
use rolspiegel_report::{
    render, Block, Chart, Figure, ParagraphStyle, RadarChart, Report, Table, TableRow,
};

fn radar() -> RadarChart {
    RadarChart {
        size: (640, 600),
        axis_labels: ["Bureaucraat", "Ondernemer", "Verbinder"].map(String::from),
        axis_values: Some(["72,5", "50,0", "61,3"].map(String::from)),
        ring_labels: ["0", "25", "50", "75", "100"].map(String::from),
        series: vec![RadarSeries {
            scores: [72.5, 50.0, 61.3],
            style: SeriesStyle::PROFILE,
        }],
        legend: Vec::new(),
        margins: Some([(62.0, 83.0), (40.0, 60.0), (51.0, 71.6)]),
        spreads: None,
    }
}

fn report(blocks: Vec<Block>) -> Report<'static> {
    Report {
        title: "Rolspiegel: jouw mix".into(),
        language: "nl-NL".into(),
        creator: "Rolspiegel".into(),
        footer: Box::new(|page, pages| format!("Rolspiegel · pagina {page} van {pages}")),
        blocks,
    }
}

fn heading(level: u8, text: &str) -> Block {
    Block::Heading {
        level,
        text: text.into(),
    }
}

fn paragraph(text: &str, style: ParagraphStyle) -> Block {
    Block::Paragraph {
        text: text.into(),
        style,
    }
}

fn sample(extra: Vec<Block>) -> Report<'static> {
    let mut blocks = vec![
        heading(1, "Jouw mix"),
        paragraph("De Bureaucraat is je sterkste rol.", ParagraphStyle::Lead),
        Block::Figure(Box::new(Figure {
            chart: Chart::Radar(radar()),
            alt: "Radardiagram. Bureaucraat: 72,5. Ondernemer: 50,0. Verbinder: 61,3.".into(),
            width: 0.7,
        })),
        Block::Table(Table {
            caption: "Je scores per rol".into(),
            columns: ["Rol", "Score", "Aandeel"].map(String::from).to_vec(),
            rows: [
                ("Bureaucraat", "72,5", "39%"),
                ("Ondernemer", "50,0", "27%"),
                ("Verbinder", "61,3", "33%"),
            ]
            .map(|(r, s, a)| TableRow {
                head: r.into(),
                cells: vec![s.into(), a.into()],
            })
            .to_vec(),
        }),
        heading(2, "Denk er eens over na"),
        heading(3, "Welk beeld heb jij van de drie rollen?"),
        paragraph("Ik ben vooral een regelaar.", ParagraphStyle::Quote),
    ];
    blocks.extend(extra);
    report(blocks)
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts/report");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(name: &str, report: &Report<'_>) -> PathBuf {
    let bytes = render(report).expect("the report is written");
    let path = out_dir().join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn tools_read_the_text_in_order_and_find_it_tagged() {
    let pdf = write("voorbeeld", &sample(Vec::new()));
    let words = text(&pdf);
    in_order(
        &words,
        &[
            "Jouw mix",
            "De Bureaucraat is je sterkste rol.",
            "Je scores per rol",
            "Rol",
            "Bureaucraat",
            "72,5",
            "39%",
            "Verbinder",
            "61,3",
            "Denk er eens over na",
            "Welk beeld heb jij van de drie rollen?",
            "Ik ben vooral een regelaar.",
            "pagina 1 van 1",
        ],
    );

    let info = info(&pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(
        info.contains("Title:           Rolspiegel: jouw mix"),
        "{info}"
    );
    assert!(
        info.contains("Page size:       595.28 x 841.89 pts (A4)"),
        "{info}"
    );

    let doc = structure(&pdf);
    assert_eq!(doc["lang"], "nl-NL");
    assert_eq!(doc["title"], "Rolspiegel: jouw mix");
    assert_eq!(doc["marked"], true);
    assert_eq!(doc["displayDocTitle"], true);
    assert_eq!(doc["uaPart"], "1");
    assert!(
        doc["fonts"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["embedded"] == true),
        "{doc}"
    );
    assert_eq!(doc["outline"], serde_json::json!(["Jouw mix"]));

    let all = elements(&doc);
    let top = &doc["structure"][0];
    assert_eq!(top["type"], "Document");
    let kinds: Vec<&str> = top["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["H1", "P", "Figure", "Table", "H2", "H3", "P"]);
    let h1 = &top["children"][0];
    assert_eq!(h1["title"], "Jouw mix");
    let figure = all.iter().find(|e| e["type"] == "Figure").unwrap();
    assert!(figure["alt"]
        .as_str()
        .unwrap()
        .contains("Bureaucraat: 72,5"));
    assert!(
        !figure["children"].as_array().unwrap().is_empty(),
        "the chart's content is in the figure"
    );
    let headers: Vec<&str> = all
        .iter()
        .filter(|e| e["type"] == "TH")
        .map(|e| e["scope"].as_str().unwrap_or("none"))
        .collect();
    assert_eq!(headers, ["Column", "Column", "Column", "Row", "Row", "Row"]);
    assert_eq!(all.iter().filter(|e| e["type"] == "TD").count(), 6);
    assert_eq!(all.iter().filter(|e| e["type"] == "Caption").count(), 1);

    // Look at it: the page as a picture.
    render_pages(&pdf, &out_dir().join("voorbeeld"), 60);
}

#[test]
fn hostile_and_long_text_stays_text_and_in_the_margins() {
    let long_word = "Onderwerpsoverstijgendesamenwerkingsverbandsafspraken".repeat(4);
    let reflection = format!(
        "<b>vet</b> &amp; <script>alert(1)</script>\nשלום עולם, Ελένη, سلام 🙂\n{long_word}\n{}",
        "Een lange alinea die over meerdere regels en pagina's loopt. ".repeat(120)
    );
    let pdf = write(
        "vijandig",
        &sample(vec![
            heading(3, "Mijn ontwikkeldoel"),
            paragraph(&reflection, ParagraphStyle::Quote),
        ]),
    );
    let words = text(&pdf);
    assert!(
        words.contains("<b>vet</b> &amp; <script>alert(1)</script>"),
        "{words}"
    );
    assert!(words.contains("Ελένη"), "{words}");
    // Hebrew, Arabic and the emoji are drawn as "?" (Open Sans lacks them)
    // but the text a reader gets is the original (poppler shows right-to-left
    // runs in visual order, so the letters are looked for one by one).
    for c in "שלום עולם سلام🙂".chars().filter(|c| !c.is_whitespace()) {
        assert!(words.contains(c), "{c} missing from:\n{words}");
    }
    let doc = structure(&pdf);
    assert!(
        doc["pages"].as_u64().unwrap() >= 3,
        "the long text runs over pages"
    );
    let last = doc["pages"].as_u64().unwrap();
    assert!(words.contains(&format!("pagina {last} van {last}")));

    // No line runs past the right margin: pdftotext's bounding boxes.
    let html = tool("pdftotext", &["-bbox", pdf.to_str().unwrap(), "-"]);
    let right_edge = 595.28 - 56.7 + 0.5;
    for line in html.lines().filter(|l| l.contains("<word ")) {
        let x_max: f64 = line
            .split("xMax=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|v| v.parse().ok())
            .unwrap();
        assert!(
            x_max <= right_edge,
            "a word ends at {x_max}, beyond {right_edge}: {line}"
        );
    }
    render_pages(&pdf, &out_dir().join("vijandig"), 60);
}
