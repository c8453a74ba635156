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
