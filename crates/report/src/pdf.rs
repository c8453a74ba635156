//! Laying out the blocks on A4 pages, then writing them with krilla: first
//! every line, rule and chart gets its page and place ([`Layout`]), then the
//! pages are drawn and each piece of content is tied to its node in the
//! structure tree.

use std::num::NonZeroU16;

use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, BBox, ContentTag, Identifier, Node, SpanTag, TableHeaderScope, Tag,
    TagGroup, TagKind, TagTree,
};
use krilla::text::TextDirection;
use krilla::{Document, SerializeSettings};

use crate::canvas::Canvas;
use crate::fonts::Fonts;
use crate::layout::wrap;
use crate::{Block, Chart, Figure, ParagraphStyle, Report, ReportError, Table};

/// A4 in points.
const PAGE: (f32, f32) = (595.28, 841.89);
/// 2 cm left and right and at the top; the foot leaves room for the page number.
const MARGIN: f32 = 56.7;
const BOTTOM: f32 = 70.0;
const TEXT_WIDTH: f32 = PAGE.0 - 2.0 * MARGIN;

const INK: (u8, u8, u8) = (0x1a, 0x1a, 0x1a);
const MUTED: (u8, u8, u8) = (0x4d, 0x4d, 0x4d);
const RULE: (u8, u8, u8) = (0x8c, 0x8c, 0x8c);

/// Type sizes in points, and lines at 1.4 times the size.
const BODY: f32 = 10.5;
const LEAD: f32 = 13.0;
const SMALL: f32 = 9.0;
const HEADINGS: [f32; 3] = [22.0, 15.0, 12.0];
const LEADING: f32 = 1.4;
const QUOTE_INDENT: f32 = 14.0;
const CELL_PAD: f32 = 4.0;

/// Where a piece of drawn content belongs in the structure tree: an index
/// into the list of leaves that the writer fills with krilla's identifiers.
type Slot = usize;

/// One thing to draw on a page.
enum Op<'r> {
    /// A line of text; `baseline` is its y.
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        colour: (u8, u8, u8),
        text: String,
        slot: Slot,
    },
    /// A rule or bar: decoration, marked as an artifact.
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
    },
    /// A chart in the rectangle `at` (x, y, width, height).
    Chart {
        chart: &'r Chart,
        at: (f32, f32, f32, f32),
        slot: Slot,
    },
}

/// The structure tree before krilla's identifiers are known.
enum Element {
    Heading {
        level: u8,
        text: String,
        slot: Slot,
        page: usize,
        y: f32,
    },
    Paragraph(Slot),
    Table {
        caption: Slot,
        head: Vec<Slot>,
        rows: Vec<Vec<Slot>>,
    },
    Figure {
        alt: String,
        slot: Slot,
        page: usize,
        rect: (f32, f32, f32, f32),
    },
}

struct Layout<'r> {
    fonts: &'r Fonts,
    pages: Vec<Vec<Op<'r>>>,
    elements: Vec<Element>,
    slots: usize,
    y: f32,
}

impl<'r> Layout<'r> {
    fn new(fonts: &'r Fonts) -> Layout<'r> {
        Layout {
            fonts,
            pages: vec![Vec::new()],
            elements: Vec::new(),
            slots: 0,
            y: MARGIN,
        }
    }

    fn slot(&mut self) -> Slot {
        self.slots += 1;
        self.slots - 1
    }

    fn page(&self) -> usize {
        self.pages.len() - 1
    }

    fn room(&self) -> f32 {
        PAGE.1 - BOTTOM - self.y
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` fits below the cursor (or the
    /// cursor is at the top already, where waiting would not help).
    fn keep(&mut self, height: f32) {
        if height > self.room() && self.y > MARGIN {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op<'r>) {
        let page = self.page();
        self.pages[page].push(op);
    }

    fn lines(&self, text: &str, width: f32, size: f32, bold: bool) -> Vec<String> {
        let face = self.fonts.face(bold);
        wrap(text, width, &|line: &str| face.width(line, size))
    }

    /// Sets `text` from the cursor down, page after page, into `slot`.
    fn text(&mut self, text: &str, x: f32, width: f32, style: TextStyle, slot: Slot) {
        let line_height = style.size * LEADING;
        let lines = self.lines(text, width, style.size, style.bold);
        let count = lines.len();
        for (index, line) in lines.into_iter().enumerate() {
            self.keep(line_height);
            let baseline = self.y + style.size * 1.05;
            if style.bar {
                self.push(Op::Line {
                    from: (MARGIN + 2.0, self.y),
                    to: (MARGIN + 2.0, self.y + line_height),
                    width: 2.5,
                });
            }
            // A line that does not end the text ends in the space that
            // separated it from the next, so text pulled out of the PDF keeps
            // its word breaks.
            let text = if index + 1 < count {
                format!("{line} ")
            } else {
                line
            };
            self.push(Op::Text {
                x,
                baseline,
                size: style.size,
                bold: style.bold,
                colour: style.colour,
                text,
                slot,
            });
            self.y += line_height;
        }
    }

    fn heading(&mut self, level: u8, text: &str) {
        let level = level.clamp(1, 3);
        let style = TextStyle::heading(level);
        let before = match level {
            1 => 0.0,
            2 => 16.0,
            _ => 10.0,
        };
        if self.y > MARGIN {
            self.y += before;
        }
        // A heading is never the last thing on a page: keep it with three
        // lines of what follows.
        let lines = self.lines(text, TEXT_WIDTH, style.size, true).len().max(1) as f32;
        self.keep(lines * style.size * LEADING + 3.0 * BODY * LEADING);
        let slot = self.slot();
        let (page, y) = (self.page(), self.y);
        self.text(text, MARGIN, TEXT_WIDTH, style, slot);
        self.y += 4.0;
        self.elements.push(Element::Heading {
            level,
            text: text.to_string(),
            slot,
            page,
            y,
        });
    }

    fn paragraph(&mut self, text: &str, style: ParagraphStyle) {
        if text.trim().is_empty() {
            return;
        }
        let slot = self.slot();
        let (x, width) = match style {
            ParagraphStyle::Quote => (MARGIN + QUOTE_INDENT, TEXT_WIDTH - QUOTE_INDENT),
            _ => (MARGIN, TEXT_WIDTH),
        };
        // A bold label stays with two lines of the text it introduces.
        if style == ParagraphStyle::Strong {
            self.keep(3.0 * BODY * LEADING);
        }
        self.text(text, x, width, TextStyle::paragraph(style), slot);
        self.y += if style == ParagraphStyle::Strong {
            1.0
        } else {
            8.0
        };
        self.elements.push(Element::Paragraph(slot));
    }

    fn table(&mut self, table: &Table) {
        let columns = table.columns.len().max(1);
        let head_width = if columns == 1 {
            TEXT_WIDTH
        } else {
            TEXT_WIDTH * 0.36
        };
        let data_width = (TEXT_WIDTH - head_width) / (columns.saturating_sub(1).max(1)) as f32;
        let widths: Vec<f32> = (0..columns)
            .map(|i| if i == 0 { head_width } else { data_width })
            .collect();
        let numeric: Vec<bool> = (0..columns)
            .map(|column| {
                column > 0
                    && !table.rows.is_empty()
                    && table.rows.iter().all(|row| {
                        row.cells
                            .get(column - 1)
                            .and_then(|cell| cell.chars().next())
                            .is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '−')
                    })
            })
            .collect();

        let caption_style = TextStyle {
            size: BODY,
            bold: true,
            colour: INK,
            bar: false,
        };
        let header = self.wrap_row(table.columns.iter().map(String::as_str), &widths, true);
        let rows: Vec<WrappedRow> = table
            .rows
            .iter()
            .map(|row| {
                let cells =
                    std::iter::once(row.head.as_str()).chain(row.cells.iter().map(String::as_str));
                self.wrap_row(cells, &widths, false)
            })
            .collect();
        // The caption, the header and the first row stay together.
        let first_row = rows.first().map_or(0.0, WrappedRow::height);
        self.keep(BODY * LEADING * 2.0 + header.height() + first_row);
        let caption = self.slot();
        self.text(&table.caption, MARGIN, TEXT_WIDTH, caption_style, caption);
        self.y += 2.0;

        let head = self.row(header, &widths, &numeric);
        let mut slots = Vec::new();
        for row in rows {
            self.keep(row.height());
            slots.push(self.row(row, &widths, &numeric));
        }
        self.y += 10.0;
        self.elements.push(Element::Table {
            caption,
            head,
            rows: slots,
        });
    }

    /// A row's cells broken into lines within their columns; the first cell
    /// and every cell of the header row are bold.
    fn wrap_row<'c>(
        &self,
        cells: impl Iterator<Item = &'c str>,
        widths: &[f32],
        header: bool,
    ) -> WrappedRow {
        let lines = cells
            .zip(widths)
            .enumerate()
            .map(|(i, (cell, width))| {
                self.lines(cell, width - 2.0 * CELL_PAD, BODY, header || i == 0)
            })
            .collect();
        WrappedRow { lines, header }
    }

    /// One table row at the cursor: a slot per cell, and a rule beneath.
    fn row(&mut self, row: WrappedRow, widths: &[f32], numeric: &[bool]) -> Vec<Slot> {
        let top = self.y;
        let mut x = MARGIN;
        let mut bottom = top;
        let mut slots = Vec::new();
        for (i, (lines, width)) in row.lines.into_iter().zip(widths).enumerate() {
            let slot = self.slot();
            slots.push(slot);
            let bold = row.header || i == 0;
            let mut baseline = top + CELL_PAD + BODY * 1.05;
            let count = lines.len();
            // A cell never runs off the page: what does not fit ends in "…".
            let fits = (((PAGE.1 - BOTTOM - top - 2.0 * CELL_PAD) / (BODY * LEADING)).floor()
                as usize)
                .max(1);
            for (index, line) in lines.into_iter().take(fits).enumerate() {
                let cut = index + 1 == fits && count > fits;
                let text = if cut {
                    format!("{line} …")
                } else if index + 1 < count {
                    format!("{line} ")
                } else {
                    line
                };
                let left = if numeric.get(i).copied().unwrap_or(false) {
                    x + width - CELL_PAD - self.fonts.face(bold).width(&text, BODY)
                } else {
                    x + CELL_PAD
                };
                self.push(Op::Text {
                    x: left,
                    baseline,
                    size: BODY,
                    bold,
                    colour: INK,
                    text,
                    slot,
                });
                baseline += BODY * LEADING;
            }
            bottom =
                bottom.max(top + 2.0 * CELL_PAD + count.clamp(1, fits) as f32 * BODY * LEADING);
            x += width;
        }
        self.push(Op::Line {
            from: (MARGIN, bottom),
            to: (MARGIN + TEXT_WIDTH, bottom),
            width: if row.header { 1.2 } else { 0.5 },
        });
        self.y = bottom;
        slots
    }

    fn figure(&mut self, figure: &'r Figure) {
        let (w, h) = chart_size(&figure.chart);
        let width = TEXT_WIDTH * figure.width.clamp(0.2, 1.0);
        let mut height = width * h / w;
        let most = PAGE.1 - BOTTOM - MARGIN;
        let width = if height > most {
            height = most;
            most * w / h
        } else {
            width
        };
        self.keep(height);
        let slot = self.slot();
        let rect = (MARGIN, self.y, width, height);
        self.push(Op::Chart {
            chart: &figure.chart,
            at: rect,
            slot,
        });
        self.y += height + 10.0;
        self.elements.push(Element::Figure {
            alt: figure.alt.clone(),
            slot,
            page: self.page(),
            rect,
        });
    }
}

/// A table row whose cells are already broken into lines.
struct WrappedRow {
    lines: Vec<Vec<String>>,
    header: bool,
}

impl WrappedRow {
    /// Its height with every line of its tallest cell.
    fn height(&self) -> f32 {
        self.lines.iter().map(|l| l.len().max(1)).max().unwrap_or(1) as f32 * BODY * LEADING
            + 2.0 * CELL_PAD
    }
}

#[derive(Clone, Copy)]
struct TextStyle {
    size: f32,
    bold: bool,
    colour: (u8, u8, u8),
    bar: bool,
}

impl TextStyle {
    fn heading(level: u8) -> TextStyle {
        TextStyle {
            size: HEADINGS[usize::from(level.clamp(1, 3) - 1)],
            bold: true,
            colour: INK,
            bar: false,
        }
    }

    fn paragraph(style: ParagraphStyle) -> TextStyle {
        let (size, colour) = match style {
            ParagraphStyle::Body | ParagraphStyle::Quote | ParagraphStyle::Strong => (BODY, INK),
            ParagraphStyle::Lead => (LEAD, INK),
            ParagraphStyle::Small => (SMALL, MUTED),
        };
        TextStyle {
            size,
            bold: style == ParagraphStyle::Strong,
            colour,
            bar: style == ParagraphStyle::Quote,
        }
    }
}

fn chart_size(chart: &Chart) -> (f32, f32) {
    use rolspiegel_charts::Chart as _;
    let (w, h) = match chart {
        Chart::Radar(c) => c.size(),
        Chart::Trend(c) => c.size(),
        Chart::MixMap(c) => c.size(),
        Chart::Spread(c) => c.size(),
    };
    (w.max(1) as f32, h.max(1) as f32)
}

fn draw_chart(chart: &Chart, canvas: Canvas) -> Result<(), rolspiegel_charts::ChartError> {
    use rolspiegel_charts::Chart as _;
    match chart {
        Chart::Radar(c) => c.draw_on(canvas, 1.0),
        Chart::Trend(c) => c.draw_on(canvas, 1.0),
        Chart::MixMap(c) => c.draw_on(canvas, 1.0),
        Chart::Spread(c) => c.draw_on(canvas, 1.0),
    }
}

fn fill(colour: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn artifact(surface: &mut Surface, kind: ArtifactType, draw: impl FnOnce(&mut Surface)) {
    surface.start_tagged(ContentTag::Artifact(Artifact::new(kind, None)));
    draw(surface);
    surface.end_tagged();
}

/// Draws one line of text as tagged content; returns its identifier.
fn text_line(
    surface: &mut Surface,
    fonts: &Fonts,
    at: Point,
    size: f32,
    bold: bool,
    text: &str,
) -> Identifier {
    let face = fonts.face(bold);
    let shown = face.drawable(text);
    // When a character had to be drawn as "?", the text a screen reader or
    // copy-and-paste gets is still the original.
    let span = SpanTag::empty().with_actual_text(shown.as_ref().map(|_| text));
    let id = surface.start_tagged(ContentTag::Span(span));
    surface.draw_text(
        at,
        face.font.clone(),
        size,
        shown.as_deref().unwrap_or(text),
        false,
        TextDirection::Auto,
    );
    surface.end_tagged();
    id
}

pub(crate) fn write(report: &Report<'_>) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load()?;
    let mut layout = Layout::new(&fonts);
    for block in &report.blocks {
        match block {
            Block::Heading { level, text } => layout.heading(*level, text),
            Block::Paragraph { text, style } => layout.paragraph(text, *style),
            Block::Table(table) => layout.table(table),
            Block::Figure(figure) => layout.figure(figure),
        }
    }
    let Layout {
        pages,
        elements,
        slots,
        ..
    } = layout;

    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| ReportError::Pdf(format!("{e:?}")))?;
    let mut document = Document::new_with(SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    let mut leaves: Vec<Vec<Identifier>> = vec![Vec::new(); slots];
    let count = pages.len();
    for (index, ops) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE.0, PAGE.1)
            .ok_or_else(|| ReportError::Pdf("page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    baseline,
                    size,
                    bold,
                    colour,
                    text,
                    slot,
                } => {
                    surface.set_stroke(None);
                    surface.set_fill(Some(fill(*colour)));
                    let id = text_line(
                        &mut surface,
                        &fonts,
                        Point::from_xy(*x, *baseline),
                        *size,
                        *bold,
                        text,
                    );
                    leaves[*slot].push(id);
                }
                Op::Line { from, to, width } => {
                    artifact(&mut surface, ArtifactType::Layout, |surface| {
                        let mut path = PathBuilder::new();
                        path.move_to(from.0, from.1);
                        path.line_to(to.0, to.1);
                        if let Some(path) = path.finish() {
                            surface.set_fill(None);
                            surface.set_stroke(Some(Stroke {
                                paint: rgb::Color::new(RULE.0, RULE.1, RULE.2).into(),
                                width: *width,
                                ..Default::default()
                            }));
                            surface.draw_path(&path);
                        }
                    });
                }
                Op::Chart { chart, at, slot } => {
                    let (w, h) = chart_size(chart);
                    let id = surface.start_tagged(ContentTag::Other);
                    surface.push_transform(&Transform::from_row(
                        at.2 / w,
                        0.0,
                        0.0,
                        at.3 / h,
                        at.0,
                        at.1,
                    ));
                    let drawn = draw_chart(
                        chart,
                        Canvas {
                            surface: &mut surface,
                            fonts: &fonts,
                            size: (w as u32, h as u32),
                        },
                    );
                    surface.pop();
                    surface.end_tagged();
                    drawn?;
                    leaves[*slot].push(id);
                }
            }
        }
        let footer = (report.footer)(index + 1, count);
        artifact(&mut surface, ArtifactType::PageNumber, |surface| {
            surface.set_stroke(None);
            surface.set_fill(Some(fill(MUTED)));
            let face = fonts.face(false);
            let shown = face.drawable(&footer);
            surface.draw_text(
                Point::from_xy(MARGIN, PAGE.1 - 40.0),
                face.font.clone(),
                SMALL,
                shown.as_deref().unwrap_or(&footer),
                false,
                TextDirection::Auto,
            );
        });
        surface.finish();
        page.finish();
    }

    document.set_tag_tree(tag_tree(report, &elements, &mut leaves)?);
    document.set_outline(outline(report, &elements));
    document.set_metadata(
        Metadata::new()
            .title(report.title.clone())
            .language(report.language.clone())
            .creator(report.creator.clone())
            .producer(report.creator.clone()),
    );
    document
        .finish()
        .map_err(|e| ReportError::Pdf(format!("{e:?}")))
}

/// Moves the identifiers of `slot` into a group tagged `tag`.
fn group(tag: impl Into<TagKind>, leaves: &mut [Vec<Identifier>], slot: Slot) -> TagGroup {
    let children = std::mem::take(&mut leaves[slot])
        .into_iter()
        .map(Node::from)
        .collect();
    TagGroup::with_children(tag, children)
}

fn tag_tree(
    report: &Report<'_>,
    elements: &[Element],
    leaves: &mut [Vec<Identifier>],
) -> Result<TagTree, ReportError> {
    let mut tree = TagTree::new().with_lang(Some(report.language.clone()));
    for element in elements {
        let node: TagGroup = match element {
            Element::Heading {
                level, text, slot, ..
            } => {
                let level = NonZeroU16::new(u16::from(*level))
                    .ok_or_else(|| ReportError::Pdf("heading level".into()))?;
                group(Tag::Hn(level, Some(text.clone())), leaves, *slot)
            }
            Element::Paragraph(slot) => group(Tag::P, leaves, *slot),
            Element::Table {
                caption,
                head,
                rows,
            } => {
                let mut table = TagGroup::new(Tag::Table);
                table.push(group(Tag::Caption, leaves, *caption));
                let header_row: Vec<Node> = head
                    .iter()
                    .map(|slot| group(Tag::TH(TableHeaderScope::Column), leaves, *slot).into())
                    .collect();
                table.push(TagGroup::with_children(
                    Tag::THead,
                    vec![TagGroup::with_children(Tag::TR, header_row).into()],
                ));
                let body: Vec<Node> = rows
                    .iter()
                    .map(|row| {
                        let cells: Vec<Node> = row
                            .iter()
                            .enumerate()
                            .map(|(i, slot)| {
                                if i == 0 {
                                    group(Tag::TH(TableHeaderScope::Row), leaves, *slot).into()
                                } else {
                                    group(Tag::TD, leaves, *slot).into()
                                }
                            })
                            .collect();
                        TagGroup::with_children(Tag::TR, cells).into()
                    })
                    .collect();
                table.push(TagGroup::with_children(Tag::TBody, body));
                table
            }
            Element::Figure {
                alt,
                slot,
                page,
                rect,
            } => {
                let bbox = Rect::from_xywh(rect.0, rect.1, rect.2, rect.3).map(|rect| BBox {
                    page_idx: *page,
                    rect,
                });
                let tag = Tag::Figure(Some(alt.clone())).with_bbox(bbox);
                group(tag, leaves, *slot)
            }
        };
        tree.push(node);
    }
    Ok(tree)
}

/// The outline (bookmarks) of the headings, nested by level.
fn outline(report: &Report<'_>, elements: &[Element]) -> Outline {
    let headings: Vec<(u8, &str, usize, f32)> = elements
        .iter()
        .filter_map(|e| match e {
            Element::Heading {
                level,
                text,
                page,
                y,
                ..
            } => Some((*level, text.as_str(), *page, *y)),
            _ => None,
        })
        .collect();
    let mut outline = Outline::new();
    let mut rest = headings.as_slice();
    while let Some(node) = outline_node(&mut rest, 1) {
        outline.push_child(node);
    }
    if headings.is_empty() {
        outline.push_child(OutlineNode::new(
            report.title.clone(),
            XyzDestination::new(0, Point::from_xy(0.0, 0.0)),
        ));
    }
    outline
}

/// The next heading at `level` or deeper, with the deeper ones after it as
/// its children.
fn outline_node(rest: &mut &[(u8, &str, usize, f32)], level: u8) -> Option<OutlineNode> {
    let (&(own, text, page, y), tail) = rest.split_first()?;
    if own < level {
        return None;
    }
    *rest = tail;
    let mut node = OutlineNode::new(
        text.to_string(),
        XyzDestination::new(page, Point::from_xy(MARGIN, y)),
    );
    while let Some(child) = rest
        .first()
        .filter(|(next, ..)| *next > own)
        .and_then(|_| outline_node(rest, own + 1))
    {
        node.push_child(child);
    }
    Some(node)
}
