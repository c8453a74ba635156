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
colleague-codes-files-unread = { $count ->
    [one] 1 file could not be read: it is too large, or no longer there.
   *[other] { $count } files could not be read: they are too large, or no longer there.
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

## The screen "How do colleagues see you?"
colleagues-heading = How do colleagues see you?
colleagues-intro = Ask colleagues how they see you at work. They fill in a form on their computer or phone. They do not need to install anything. Then they send you a short code. You put it in here.
colleagues-privacy = You see something only when at least three colleagues have answered. You never see one colleague's answers, only the average and from low to high. Everything stays on this computer.
colleagues-requests-heading = Your requests to colleagues
colleagues-request-line = Request of { $date }: { $count ->
    [0] no answers yet.
    [one] 1 colleague has answered.
   *[other] { $count } colleagues have answered.
}
colleagues-open = Open
colleagues-new-heading = New request to colleagues
colleagues-known-as = Your name on the form (may stay empty)
colleagues-known-as-hint = The name your colleagues know you by. Without a name the form says "your colleague".
colleagues-form-language = Language of the form
colleagues-language-nl = Dutch
colleagues-language-en = English
colleagues-questions = Open questions
colleagues-questions-hint = You can change them or leave them empty. An empty question is left off the form.
colleagues-question-label = Question { $n }
colleagues-make = Make the request
colleagues-back = Back to your requests
colleague-heading = Request to colleagues of { $date }
colleague-summary = { $count ->
    [0] No colleague has answered yet.
    [one] 1 colleague has answered.
   *[other] { $count } colleagues have answered.
}
colleague-summary-named = For { $name }. { $count ->
    [0] No colleague has answered yet.
    [one] 1 colleague has answered.
   *[other] { $count } colleagues have answered.
}
colleague-send-heading = 1. Send the form
colleague-send-intro = Save the form as a file. Send it to at least three colleagues, for example attached to an e-mail. The form works in any browser, also without internet.
colleague-save-form = Save the form
colleague-add-heading = 2. Put the answers in
colleague-codes-label = Paste the codes you received here
colleague-codes-hint = A code starts with RSP-. You can paste several codes at once, also with the rest of the e-mail.
colleague-codes-add = Add the codes
colleague-codes-files = Add files with codes
colleague-codes-drop = Or drag files with codes here.
colleague-view-heading = 3. How your colleagues see you
colleague-waiting = { $counted ->
    [one] 1 colleague has answered.
   *[other] { $counted } colleagues have answered.
} You see something from { $needed } colleagues on. { $more ->
    [one] 1 more colleague is needed.
   *[other] { $more } more colleagues are needed.
}
colleague-too-few = { $count ->
    [one] 1 colleague gave too few answers to count.
   *[other] { $count } colleagues gave too few answers to count.
}
colleague-no-result = Do the scan yourself first. Then you see what your colleagues see next to your own view.
colleague-counted = This is how { $count } colleagues see you, next to your own result.
colleague-result-label = Next to which of your own results
colleague-seen-more = Your colleagues see clearly more of the { $role } in you than you do.
colleague-seen-about = Your colleagues see about as much of the { $role } in you as you do.
colleague-seen-less = Your colleagues see clearly less of the { $role } in you than you do.
colleague-seen-unknown = Nothing can be said about the { $role }: how precise your own result is, is not known.
colleague-chart-label = Radar with your own view and your colleagues'. You: { $own } Your colleagues on average: { $mean }
colleague-table-caption = Your own view and your colleagues', per role (0 to 100)
colleague-table-role = Role
colleague-table-own = You
colleague-table-mean = Colleagues on average
colleague-table-range = Colleagues from low to high
colleague-table-verdict = What your colleagues see
colleague-range = { $low } to { $high }
colleague-verdict-more = clearly more
colleague-verdict-about = about as much
colleague-verdict-less = clearly less
colleague-verdict-unknown = cannot be said
colleague-how = "Clearly" means: the difference is larger than chance can give. It takes into account how precise your result is and how much your colleagues differ from each other.
colleague-hidden-strength = Do your colleagues see clearly more of a role than you do? Then it may be a hidden strength. Others see you take on that role, even if you do not feel it that way yourself.
colleague-blind-spot = Do your colleagues see clearly less of a role than you do? Then it may be a blind spot. You count on that role, but others see it less. Neither is good or bad: it is something to talk about.
colleague-meaning-heading = Hidden strength or blind spot?
colleague-meaning-none = Your colleagues see each role about as you do. So there is no clear hidden strength or blind spot. Talk about it all the same: in which situations do they see which role in you?
colleague-open-heading = What your colleagues wrote
colleague-open-hint = In random order, apart from the scores. You do not know who wrote what.
colleague-open-none = Nobody wrote anything here.
colleague-delete = Remove this request
colleague-delete-confirm = Remove this request and all its answers? This cannot be undone.
colleague-delete-yes = Yes, remove
colleague-delete-no = No, keep it
history-colleagues-intro = Ask colleagues how they see you, and set it next to your own view.
history-colleagues-open = Ask your colleagues

## In a result's PDF report
report-colleagues-heading = How do colleagues see you?
report-colleagues-intro = You asked colleagues how they see you. Here their view is set beside this result, for each request that at least three colleagues answered: the mean, and from low to high. What one colleague answered is not in it. Nor are the open answers: you see those only in Rolspiegel.
colleague-report = Save as PDF
colleague-report-hint = The PDF report of your result gets this view. Your colleagues' open answers are not put in it.

## Colleagues in the same room (a live session with the form)
colleague-room-heading = Or: colleagues in the same room
colleague-room-intro = Are your colleagues with you, on the same Wi-Fi network? Then they fill in the form on their phones. Their answers come in here straight away, without a code. Everything stays on this laptop.
colleague-room-start = Open the form in this room
colleague-room-busy = A live session is already running. Stop it first.
colleague-room-count = { $count ->
    [0] No answers have come in over the network yet.
    [one] 1 answer has come in over the network.
   *[other] { $count } answers have come in over the network.
}
colleague-room-privacy = You do not see who answered. Here too you only see something once at least three colleagues have answered.
colleague-room-end = Close the form in this room
colleague-room-view-later = You see your colleagues' view once you close the form in this room. That way nobody sees whose answers just came in.
