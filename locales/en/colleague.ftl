# How colleagues see you: the window's texts.

## The open questions a person asks their colleagues by default (they can be changed).
colleague-question-1 = When do you see me at my best at work?
colleague-question-2 = Which role could I take on more often, and in which situation?
colleague-question-3 = What would you advise me to do differently?

## Answer codes that come back. $number is which code it is in what you pasted or in the file.
colleague-codes-added = { $added ->
    [0] No new answers were added.
    [one] 1 new answer was added.
   *[other] { $added } new answers were added.
}
colleague-codes-already = { $count ->
    [one] 1 code was already here. It counts only once.
   *[other] { $count } codes were already here. They count only once.
}
colleague-codes-not-read = { $count ->
    [one] 1 code was not read. You can add { $limit } at a time.
   *[other] { $count } codes were not read. You can add { $limit } at a time.
}
colleague-code-not-a-code = Code { $number } is not an answer code. An answer code starts with RSP-.
colleague-code-too-long = Code { $number } is too long for an answer code.
colleague-code-damaged = Code { $number } is incomplete, or something in it was changed. Ask your colleague to send the code again, or the file.
colleague-code-newer-version = Code { $number } was made with a newer version of Rolspiegel. Install that version on this computer first.
colleague-code-out-of-range = Code { $number } has an answer that is not on the scale.
colleague-code-too-much-text = Code { $number } has more open answers than you asked for.
colleague-code-bad-text = Code { $number } has text Rolspiegel cannot read.
colleague-code-other-request = Code { $number } belongs to another feedback request.
colleague-code-other-list = Code { $number } was filled in with another list of statements.
colleague-code-wrong-count = Code { $number } does not have an answer for every statement.
colleague-code-conflict = Code { $number } came in before, with other answers. The first answers stay.
colleague-code-refused = Code { $number } could not be saved.

## What colleagues see, next to your own result.
colleague-legend-own = Your own view ({ $date })
colleague-legend-colleagues = Your colleagues: average, and from low to high

## Bestanden / Files
dialog-save-form = Save the answer form for colleagues
dialog-filter-form = Web page (HTML)
dialog-open-codes = Add files with answer codes
dialog-filter-codes = Answer codes (text)
file-name-form = form-colleagues
