# The phone page of a live workshop: participants join from their phones,
# through the facilitator's laptop.

phone-title = Rolspiegel – live workshop
phone-language-switch = Language
phone-join-heading = Join the workshop
phone-join-intro = Type the code shown on the screen in the room. Your name is not needed. Leave that box empty if you want to join without a name.
phone-code-label = Code from the screen
phone-code-hint = Six letters and digits, for example K7M4TX.
phone-name-label = Your name (may stay empty)
phone-name-hint = The facilitator only sees your name if you fill it in.
phone-pairing-summary = Did you take the scan before on another phone?
phone-pairing-label = Pairing code (optional)
phone-pairing-hint = Taking the scan for the second time, on another phone than the first time? Then fill in the pairing code you got the first time. That way the facilitator can put your two results side by side, without your name. If you do not know it, leave the box empty.
phone-join = Join
phone-busy = One moment …
phone-privacy = Your answers only go to the facilitator's laptop in this room. Nothing goes to the internet. No account is needed.
phone-offline = No connection to the facilitator's laptop. Your answers stay saved on your phone. They are sent by themselves as soon as the connection is back.
phone-unsent = { $count ->
    [one] One answer is waiting for a connection.
   *[other] { $count } answers are waiting for a connection.
}
phone-all-sent = All your answers have reached the facilitator.
phone-session-gone-heading = The session has ended
phone-session-gone = The facilitator's laptop can no longer be reached, or the session no longer knows your phone. Did you finish the scan? Then your result is already with the facilitator.
phone-try-again = Try again
phone-join-again = Join again
phone-answers-come-along = { $count ->
    [one] Join again with the code on the screen, and your one answer comes along: you go on where you were.
   *[other] Join again with the code on the screen, and your { $count } answers come along: you go on where you were.
}
phone-paused-heading = You have stopped
phone-paused = Your answers are saved. Continue whenever you like.
phone-continue = Continue with the statements
phone-finishing = Your answers are going to the facilitator's laptop. One moment …
phone-result-in-group = Your result is with the facilitator. Soon the screen will show the results of the whole group, without names.
phone-pairing-yours = Your pairing code is { $code }. If you take the scan again later, this phone pairs your two results without your name. On another phone, fill in the code there.
phone-save-file = Save your participant file
phone-save-file-hint = With this file you can later import your result into your own Rolspiegel, or give it to a facilitator.
phone-file-name = rolspiegel-participant.json
phone-language-nl = Nederlands
phone-language-en = English

## The group's shared situation, after the scan.
phone-situation-heading = What does the assignment ask?
phone-situation-intro = The group works on '{ $name }'. Say what that assignment asks as well. It takes 30 short sentences.
phone-situation-rate = Say what '{ $name }' asks
phone-situation-done = Thank you. You filled in what '{ $name }' asks.
phone-rating-instructions = Think of the group's assignment. For each sentence, say whether it is true of what the assignment asks. It is not about how you work.
