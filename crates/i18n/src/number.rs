use crate::Language;

/// Formats a number with between `min` and `max` decimals, rounded half away
/// from zero, with the decimal separator of the language: `62,5` in Dutch,
/// `62.5` in English. No thousands separator: Rolspiegel's numbers stay below
/// a thousand.
pub fn format_decimal(language: Language, value: f64, min: usize, max: usize) -> String {
    let max = max.max(min);
    let factor = 10_f64.powi(max as i32);
    let rounded = (value * factor).round() / factor;
    let mut text = format!("{rounded:.max$}");
    if let Some(dot) = text.find('.') {
        let keep = dot + 1 + min;
        while text.len() > keep && text.ends_with('0') {
            text.pop();
        }
        if text.ends_with('.') {
            text.pop();
        }
    }
    if text == "-0" {
        text = "0".into();
    }
    match language {
        Language::Nl => text.replace('.', ","),
        Language::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_uses_a_comma_and_english_a_point() {
        assert_eq!(format_decimal(Language::Nl, 62.5, 1, 1), "62,5");
        assert_eq!(format_decimal(Language::En, 62.5, 1, 1), "62.5");
    }

    #[test]
    fn keeps_the_minimum_and_trims_to_the_maximum() {
        assert_eq!(format_decimal(Language::Nl, 50.0, 1, 1), "50,0");
        assert_eq!(format_decimal(Language::Nl, 50.0, 0, 2), "50");
        assert_eq!(format_decimal(Language::En, 57.142_857, 0, 1), "57.1");
        assert_eq!(format_decimal(Language::En, 28.571_4, 0, 0), "29");
        assert_eq!(format_decimal(Language::Nl, 33.333_3, 1, 3), "33,333");
        assert_eq!(format_decimal(Language::Nl, 0.04, 0, 1), "0");
    }
}

/// A whole number with the thousands separator of `language` (10.000 in
/// Dutch, 10,000 in English), as the window's numbers read. For messages
/// that show a count without choosing words by it.
pub fn format_count(language: Language, value: usize) -> String {
    let digits = value.to_string();
    let separator = match language {
        Language::Nl => '.',
        Language::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod count_tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands_in_each_language() {
        assert_eq!(format_count(Language::Nl, 10_000), "10.000");
        assert_eq!(format_count(Language::En, 10_000), "10,000");
        assert_eq!(format_count(Language::Nl, 1_234_567), "1.234.567");
        assert_eq!(format_count(Language::En, 999), "999");
        assert_eq!(format_count(Language::Nl, 0), "0");
    }
}
