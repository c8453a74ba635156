/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ChartError {
    /// The embedded font could not be read by the font engine.
    #[error("the chart font could not be loaded")]
    Font,
    /// A score is not a number between 0 and 100.
    #[error("score {0} is outside 0–100")]
    ScoreOutOfRange(String),
    /// The chart has nothing to draw.
    #[error("the chart has no series")]
    NoSeries,
    /// The drawing backend failed.
    #[error("drawing failed: {0}")]
    Drawing(String),
}
