//! Breaking text into lines that fit a width: at spaces, and inside a word
//! only when the word alone is wider than the line.

/// The lines of `text` within `width`, as measured by `measure`. A `\n`
/// always starts a new line; runs of spaces collapse to one; an empty text
/// gives no lines.
pub(crate) fn wrap(text: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    for hard in text.split('\n') {
        let mut line = String::new();
        for word in hard.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if measure(&candidate) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word starts a line; cut it while it is wider than one.
            let mut rest = word;
            while measure(rest) > width {
                let cut = longest_fit(rest, width, measure);
                lines.push(rest[..cut].to_string());
                rest = &rest[cut..];
            }
            line = rest.to_string();
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// The byte length of the longest start of `word` that fits `width`: at
/// least one character, so that every cut makes progress.
fn longest_fit(word: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> usize {
    let mut fit = 0;
    for (index, c) in word.char_indices() {
        let end = index + c.len_utf8();
        if fit > 0 && measure(&word[..end]) > width {
            break;
        }
        fit = end;
    }
    fit
}

#[cfg(test)]
mod tests {
    use super::*;

    // Every character is one unit wide.
    fn chars(text: &str) -> f32 {
        text.chars().count() as f32
    }

    #[test]
    fn breaks_at_spaces() {
        assert_eq!(
            wrap("een twee drie vier", 9.0, &chars),
            ["een twee", "drie vier"]
        );
        assert_eq!(wrap("  een   twee ", 20.0, &chars), ["een twee"]);
        assert!(wrap("", 10.0, &chars).is_empty());
        assert!(wrap("   ", 10.0, &chars).is_empty());
    }

    #[test]
    fn keeps_hard_line_breaks_and_skips_empty_ones() {
        assert_eq!(wrap("a\nb c", 10.0, &chars), ["a", "b c"]);
        assert_eq!(wrap("a\n\nb", 10.0, &chars), ["a", "b"]);
    }

    #[test]
    fn cuts_a_word_longer_than_the_line() {
        assert_eq!(
            wrap("kort heelergelangwoord x", 5.0, &chars),
            ["kort", "heele", "rgela", "ngwoo", "rd x"]
        );
        // Even when not one character fits, each line takes one.
        assert_eq!(wrap("abc", 0.5, &chars), ["a", "b", "c"]);
        // Multi-byte characters are never split.
        assert_eq!(wrap("ééééé", 2.0, &chars), ["éé", "éé", "é"]);
    }
}
