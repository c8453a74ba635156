//! Rolspiegel's PDF report: an A4 document that a person takes to a coach,
//! a career conversation or their manager, and a group's anonymous report
//! for a facilitator.
//!
//! The caller describes the report as a list of [`Block`]s — headings,
//! paragraphs, tables and charts — with every word already in the reader's
//! language; [`render`] lays them out on A4 pages and writes an accessible
//! PDF with [`krilla`]:
//! - **tagged** (PDF/UA-1 in intent, checked by krilla's UA-1 validator
//!   when writing): a structure tree in reading order with headings
//!   (H1–H3 with titles), paragraphs, tables with header cells (column and
//!   row scope) and figures with alternative text and a bounding box; page
//!   numbers and table rules are artifacts; document title (shown in the
//!   title bar) and language set; an outline of the headings; the font
//!   embedded and subset, every glyph mapped to its text;
//! - **charts as vector graphics**: the same `plotters` drawing as on
//!   screen, drawn straight onto the PDF page ([`canvas`]), not through SVG
//!   or pixels.
//!
//! Text from people (a label, a reflection, a goal) is only ever drawn as
//! glyphs: there is no markup to break out of. Lines are broken at spaces;
//! a word longer than the line is broken between characters. A character
//! the font lacks (Arabic, emoji) is drawn as "?" while the text a reader
//! or screen reader gets stays the original (`ActualText`).
//!
//! What it does not do: translate, format numbers or dates, or decide what
//! goes into a report (the app crate does), or write files.

mod canvas;
mod fonts;
mod layout;
mod pdf;

pub use rolspiegel_charts::{MixMap, RadarChart, SpreadChart, TrendChart};

/// A whole report: what goes into the PDF, in reading order.
pub struct Report<'a> {
    /// The document title: the PDF's title (shown in a viewer's title bar)
    /// and its outline's root.
    pub title: String,
    /// The document language as a BCP 47 tag ("nl-NL", "en-GB").
    pub language: String,
    /// Who made it, for the document properties ("Rolspiegel").
    pub creator: String,
    /// The text at the foot of page `page` of `pages` (1-based).
    pub footer: Box<dyn Fn(usize, usize) -> String + 'a>,
    /// The content, top to bottom.
    pub blocks: Vec<Block>,
}

/// One piece of a report.
pub enum Block {
    /// A heading; level 1 is the report's title on the first page.
    Heading {
        /// 1, 2 or 3 (higher levels are drawn as 3).
        level: u8,
        /// The heading's text.
        text: String,
    },
    /// A paragraph of running text; `\n` starts a new line.
    Paragraph {
        /// The text.
        text: String,
        /// How it looks.
        style: ParagraphStyle,
    },
    /// A table with a header row, and a header cell at the start of each row.
    Table(Table),
    /// A chart with its alternative text.
    Figure(Box<Figure>),
}

/// How a paragraph looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphStyle {
    /// Running text.
    Body,
    /// A larger opening sentence.
    Lead,
    /// Small print (a note on what the scores say).
    Small,
    /// Running text in bold: a short label over the text that follows.
    Strong,
    /// Someone's own words (a reflection, a goal): indented, with a bar in
    /// front.
    Quote,
}

/// A table: a caption, one header row, and rows that start with a header
/// cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Drawn above the table, tagged as its caption.
    pub caption: String,
    /// The header row, the first being the head of the row-header column.
    pub columns: Vec<String>,
    /// The rows: `head` names the row, `cells` follow under `columns[1..]`.
    pub rows: Vec<TableRow>,
}

/// One row of a [`Table`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// The row's header cell.
    pub head: String,
    /// The data cells; numbers are right-aligned when every cell of a
    /// column starts with a digit or a minus sign.
    pub cells: Vec<String>,
}

/// A chart as a figure.
pub struct Figure {
    /// The chart.
    pub chart: Chart,
    /// The alternative text: what the chart shows, with its numbers.
    pub alt: String,
    /// The width on the page as a share of the text width (0.2–1).
    pub width: f32,
}

/// The charts a report can hold.
pub enum Chart {
    /// A radar chart (one result, a comparison, a group).
    Radar(RadarChart),
    /// Scores over time.
    Trend(TrendChart),
    /// A group's mixes in the triangle.
    MixMap(MixMap),
    /// A group's spread per role.
    Spread(SpreadChart),
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A chart could not be drawn (a score off the scale, say).
    #[error("chart: {0}")]
    Chart(#[from] rolspiegel_charts::ChartError),
    /// The shipped font could not be read.
    #[error("the shipped font could not be read")]
    Font,
    /// krilla refused the document (a PDF/UA-1 rule broken, say): a bug.
    #[error("pdf: {0}")]
    Pdf(String),
}

/// Lays out and writes the report; returns the PDF file's bytes.
pub fn render(report: &Report<'_>) -> Result<Vec<u8>, ReportError> {
    pdf::write(report)
}
