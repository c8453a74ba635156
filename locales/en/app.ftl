# Rolspiegel's screen texts. Plain English, addressing the user as "you".

app-title = Rolspiegel
app-skip-link = Skip to content
app-language-label = Language
app-language-nl = Nederlands
app-language-en = English
app-loading = One moment…

## Notices at start-up
notice-set-aside = A file with your data was damaged. Rolspiegel did not throw it away, but set it aside as { $file } in the folder { $folder }. An administrator or help desk may still be able to get data out of it. Rolspiegel now works with a new file.
notice-earlier = Rolspiegel has a new folder for your data. The old folder held data too. Rolspiegel did not throw it away and did not mix it with what you have now. It is kept as { $file } in the folder { $folder }. Under History, 'Older copies of your data', you can bring back what is in it.
notice-set-aside-seen = Seen, do not tell me again
notice-newer-version = Your data was made with a newer version of Rolspiegel. This version does not open it and changes nothing in it. It is safe in the folder { $folder }. Install the newest version of Rolspiegel. Until then, Rolspiegel saves nothing.
notice-memory-only = { $reason ->
    [disk-full] The disk is full. Rolspiegel cannot save anything now and has not changed your existing data. Free up some space and start the app again.
    [read-only] Rolspiegel may not write in the folder with your data. Your existing data has not changed. Ask your help desk for write access.
    [in-use] Rolspiegel is already open with the same data on this computer, for example for another user. This window does not change it and saves nothing. Close the other Rolspiegel and start the app again.
    [not-a-file] Something other than a file is where your data file belongs. Rolspiegel has not touched it and saves nothing now. Ask your helpdesk for help.
    [busy] Another program is using your data right now. Rolspiegel changed nothing. Close other Rolspiegel windows and start the app again.
   *[other] Rolspiegel cannot save anything on this computer. You can still take the scan, but everything is gone when you close the app.
}
notice-read-only = Rolspiegel may not write in the folder { $folder }. You can see your results, but new answers and changes are not saved. Ask your helpdesk for permission to write there, then start the app again.
notice-wipe-finished = Last time, 'Delete everything' did not finish because the app was closed. Rolspiegel has now finished deleting.
notice-close = Close notice

## Welcome
welcome-heading = Welcome to Rolspiegel
welcome-intro = This scan shows how you mix three roles in your work: the Bureaucraat, the Ondernemer and the Verbinder.
welcome-no-best = No role is the best. What matters is that you know your own mix and can switch between roles as a situation asks.
welcome-duration = It takes about ten minutes. You will see { $count } statements.
welcome-privacy = Your answers stay on this computer. Nothing is sent to the internet.
welcome-start = Start the scan
welcome-resume = Continue where you left off
welcome-resume-detail = You have answered { $answered } of the { $total } statements.
welcome-restart = Start again
welcome-restart-confirm = Do you really want to start again? Your answers so far will then be erased.
welcome-restart-yes = Yes, erase my answers
welcome-restart-no = No, go back
scan-replace-question = You are still in the middle of a scan. You have answered { $answered } of the { $total } statements. If you start again, those answers will be erased.
scan-replace-question-other = A scan begun with a newer version of Rolspiegel is still in progress. This version cannot show it. If you start again, its { $answered } answers will be erased.
scan-replace-resume = Continue that scan
scan-replace-keep = No, keep that scan
scan-replace-yes = Erase those answers and start again
scan-replace-cancel = Cancel
welcome-results-heading = Your earlier results
welcome-result-item = Result of { $date }: { $mix }
welcome-credit = Rolspiegel is based on the model in the book De ideale ambtenaar by Ronald Derks and Bas van Leeuwen. Rolspiegel is not the book's official test.

result-home = Back to the start
result-new-scan = Take the scan again

# A short date, as in chart legends and time lines: 22 nov 2026.
date-short = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }

# File dialogs (open and save).
dialog-save-chart = Save chart
dialog-save-data = Save your data
dialog-open-data = Import data
dialog-filter-png = PNG image
dialog-filter-svg = SVG image
dialog-filter-json = Rolspiegel data (JSON)
dialog-filter-csv = Spreadsheet (CSV)
dialog-save-backup = Save a backup of everything
dialog-filter-backup = Rolspiegel backup (JSON)

# Column headers of the CSV export.
csv-id = Code
csv-date = Date
csv-label = Label
csv-retest-days = Days between
# $role is a role name.
csv-retest-first = { $role } first time
csv-retest-second = { $role } second time
csv-score-bureaucraat = Score { role-bureaucraat-name }
csv-score-ondernemer = Score { role-ondernemer-name }
csv-score-verbinder = Score { role-verbinder-name }
csv-share-bureaucraat = Share { role-bureaucraat-name } (%)
csv-share-ondernemer = Share { role-ondernemer-name } (%)
csv-share-verbinder = Share { role-verbinder-name } (%)
csv-mix = Mix
csv-goal-role = Goal: role
csv-goal-assignment = Goal: assignment
csv-goal-review = Goal: look again on

welcome-history = See all your results ({ $count })
result-history = All your results
file-saved = Saved as { $file }.
chart-save-png = Save chart as PNG
chart-save-svg = Save chart as SVG

# Label, questions and goal with a result.
journal-saved = Saved.
label-label = Label
label-hint = Give this result a name you will recognise later, for example 'start of traineeship' or 'new team'.
label-save = Save label
reflection-intro = Write down your answers. Only you can see them, unless you save them to a file yourself.
reflection-save = Save answers
goal-heading = Your development goal
goal-intro = Choose a role you want to grow in. Think of an assignment to practise that role in your work. Pick a date to look at it again. Then take the scan once more.
goal-draft = This goal was filled in from a situation. It is not saved yet. Adjust it and then choose 'Save goal'.
goal-role = Which role do you want to grow in?
goal-assignment = What are you going to do?
goal-assignment-hint = Make it concrete, for example: 'For every new project I first call two partners.'
goal-review = When will you look at it again?
goal-save = Save goal
goal-remove = Remove goal
follow-up-heading = Your goal of { $date }
follow-up-goal = You wanted to grow as { $role }. You wrote:
change-sentence = { $role }: from { NUMBER($from, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($to, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $delta } points).
change-sentence-range = { $role }: from { NUMBER($from, minimumFractionDigits: 1, maximumFractionDigits: 1) } to { NUMBER($to, minimumFractionDigits: 1, maximumFractionDigits: 1) } ({ $delta } points, { $range }).

# Is a change real or chance?
noise-beyond = { $sure ->
    [clearly] This is clearly a real change: much larger than the measurement noise (± { NUMBER($band, maximumFractionDigits: 1) } points).
   *[probably] This is probably a real change: larger than the measurement noise (± { NUMBER($band, maximumFractionDigits: 1) } points).
}
noise-within = This may be chance: the change lies within the measurement noise (± { NUMBER($band, maximumFractionDigits: 1) } points). That does not mean nothing changed. Your answers just cannot show it.
noise-unknown-no-spread = Nothing can be said here: in both results you gave exactly the same answer to every statement of this role. Then the measurement noise cannot be estimated.
noise-unknown-versions = Nothing can be said here: the results belong to different lists of statements.
noise-unknown-not-known = Nothing can be said here: for one of the results it is not known how much your answers differed. Then the measurement noise cannot be estimated.
# A change's range; $low and $high are signed numbers ("+1.0", "−3.5").
change-range = between { $low } and { $high }

# All your results.
history-heading = All your results
history-intro = You have { $count ->
    [one] one result
   *[other] { $count } results
}. Open a result to look at it, give it a label or write down your answers to the questions.
history-empty = You have no results yet. Take the scan, or import data you saved earlier.
history-open-goals = Open goals
history-open-goal = Grow as { $role }: { $assignment }
history-open-goal-review = Grow as { $role }: { $assignment } (look again on { $review })
history-role-score = { $role } { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }
history-list-version = With list { $version } of the statements
history-goal = Goal: grow as { $role }
history-goal-open = Open goal: grow as { $role }
history-open = Open
history-delete = Delete
history-delete-confirm = Are you sure you want to delete the result '{ $title }'? Your answers, notes and goal with this result will be gone.
history-delete-yes = Yes, delete
history-delete-no = No, keep it
history-choose = Choose to compare
history-compare = Compare chosen results
history-compare-hint = { $count ->
    [0] Choose 2 to { $max } results to compare them.
    [one] You chose one result. Choose at least one more.
   *[other] You chose { $count } results.
}

# Your data: save, import, delete.
data-heading = Your data
data-intro = Your data is only on this computer. Save it to a file to take it to another computer or to give it to your coach.
data-export-json = Save all your data (JSON)
data-export-csv = Save as spreadsheet (CSV)
data-import = Import data
data-wipe-heading = Delete everything
data-wipe-intro = Delete all your results, notes, goals, situations and workshop groups from this computer. The app will be as new again.
data-wipe = Delete everything
data-wipe-confirm = Are you sure you want to delete everything? This cannot be undone. This will be deleted:
data-wipe-results = { $count ->
    [0] no results of your own
    [one] 1 result of your own
   *[other] { $count } results of your own
}{ $reflections ->
    [0] {""}
    [one] , with 1 answer to a reflection question
   *[other] , with { $reflections } answers to reflection questions
}{ $goals ->
    [0] {""}
    [one] {" "}and 1 goal
   *[other] {" "}and { $goals } goals
}
data-wipe-scan = the scan you have not finished
data-wipe-groups = { $count ->
    [one] 1 workshop group:
   *[other] { $count } workshop groups:
}
data-wipe-situations = { $count ->
    [one] 1 situation you described:
   *[other] { $count } situations you described:
}
data-wipe-group = { $name } ({ $members ->
    [one] 1 participant
   *[other] { $members } participants
})
data-wipe-requests = { $count ->
    [one] 1 request to colleagues, with its answers
   *[other] { $count } requests to colleagues, with their answers
}
data-wipe-copies = { $count ->
    [one] 1 old copy of your data that Rolspiegel kept itself, in the folder { $folder }
   *[other] { $count } old copies of your data that Rolspiegel kept itself, in the folder { $folder }
}
data-wipe-saved = { $count ->
    [one] 1 backup you put in the folder { $folder } yourself stays. Do you want it gone too? Then delete the file yourself.
   *[other] { $count } backups you put in the folder { $folder } yourself stay. Do you want them gone too? Then delete the files yourself.
}
data-wipe-backup-first = Do you want to be able to restore everything later? Then save a backup first. It holds your results, notes, goals, situations and workshop groups.
data-wipe-backup = Save a backup first
data-wipe-backup-failed = The backup was not saved. If you delete everything now, you cannot restore it later.
data-wipe-yes = Yes, delete everything
data-wipe-no = No, delete nothing
data-wipe-done = { $copies ->
    [0] Everything has been deleted.
    [one] Everything has been deleted, also 1 old copy.
   *[other] Everything has been deleted, also { $copies } old copies.
}
data-backup = Save a backup of everything
data-folder = Your data is in the folder { $folder }.
import-heading = Imported from { $file }
import-summary = { $added ->
    [one] One result added.
   *[other] { $added } results added.
} { $present ->
    [0] {""}
    [one] One result was already here.
   *[other] { $present } results were already here.
} { $skipped ->
    [0] {""}
    [one] One result was not imported:
   *[other] { $skipped } results were not imported:
}
import-problem = Result { $position }: { $reason }
import-more-problems = { $count ->
    [one] And 1 more result was not imported.
   *[other] And { $count } more results were not imported.
}
import-not-read = { $count ->
    [one] 1 result at the end of the file was not read: a file can hold at most { $limit }.
   *[other] { $count } results at the end of the file were not read: a file can hold at most { $limit }.
}
import-group = Group { $name }: { $added ->
    [one] 1 participant restored
   *[other] { $added } participants restored
}{ $present ->
    [0] {""}
    [one], 1 was already there
   *[other], { $present } were already there
}{ $problems ->
    [0] {""}
    [one], 1 not imported
   *[other], { $problems } not imported
}.
import-group-refused = Group { $position } was not imported: { $reason }
import-cleaned = { $count ->
    [one] 1 result held invisible characters that an older version of Rolspiegel kept, such as characters that reverse the reading direction. They were removed; the rest of the text is the same.
   *[other] { $count } results held invisible characters that an older version of Rolspiegel kept, such as characters that reverse the reading direction. They were removed; the rest of the text is the same.
}
import-group-cleaned = { $count ->
    [one] Group { $name }: invisible characters were removed for 1 participant or from the group's details.
   *[other] Group { $name }: invisible characters were removed for { $count } participants or from the group's details.
}
import-group-not-read = { $count ->
    [one] Group { $name }: 1 participant at the end was not read. A group can have at most { $limit }.
   *[other] Group { $name }: { $count } participants at the end were not read. A group can have at most { $limit }.
}
import-situations = Situations: { $added ->
    [one] 1 restored
   *[other] { $added } restored
}{ $present ->
    [0] {""}
    [one], 1 was already here
   *[other], { $present } were already here
}.
import-situation-problem = Situation { $position } was not read: { $reason }
import-more-situation-problems = { $count ->
    [one] And 1 more situation was not read.
   *[other] And { $count } more situations were not read.
}
import-requests = Requests to colleagues: { $requests ->
    [one] 1 request
   *[other] { $requests } requests
} restored, { $answers ->
    [one] 1 colleague's answers added.
   *[other] { $answers } colleagues' answers added.
}
import-requests-not-added = { $count ->
    [one] 1 request or answer of colleagues was not restored: it cannot be read, or it differs from what is here.
   *[other] { $count } requests or answers of colleagues were not restored: they cannot be read, or they differ from what is here.
}
import-groups-not-read = { $count ->
    [one] 1 group at the end of the file was not read: a backup can hold at most { $limit }.
   *[other] { $count } groups at the end of the file were not read: a backup can hold at most { $limit }.
}

# Comparing results.
compare-heading = Comparing { $count } results
compare-chart-label = Radar chart with the chosen results.
compare-chart-item = { $title }: { role-bureaucraat-name } { NUMBER($bureaucraat, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-ondernemer-name } { NUMBER($ondernemer, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-verbinder-name } { NUMBER($verbinder, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
compare-table-caption = Scores per result, with the change since the result before
compare-table-result = Result
compare-pair = From { $from } to { $to }
compare-overall = From the first to the last: { $from } to { $to }
compare-verdict = { $role }: { $delta } points.
# $range is a change's range in words ("between +1.0 and +23.5").
compare-verdict-range = { $role }: { $delta } points, { $range }.
compare-noise-heading = Real change or chance?
compare-lists-differ = These results belong to different lists of statements (list { $first } and list { $last }). The scores are computed the same way, but the statements differ. So a difference may also come from the other list. That is why we do not say for these results whether a change is larger than the measurement noise.
compare-noise-intro = No measurement is exact. If you take the scan twice in a row, you will not get exactly the same scores either. This is called measurement noise. A change larger than the noise is probably real.
compare-noise-method = How we work this out: we estimate the measurement noise from your own answers. The more your answers for one role differ from each other, the larger the noise. Each change shows between which numbers the real change almost certainly lies. If zero lies outside them, the change is probably real. We only call it clearly real when the chance is small that luck gives such a difference in any of the three roles: less than 5 percent.
compare-trend-heading = Your roles over time
compare-trend-intro = Each line is a role. Your oldest result is on the left, your newest on the right. The distance between the points matches the time between them.
compare-trend-label = Line chart of your scores per role over time. The numbers are in the table above.
compare-back = Back to all your results

# Groups for the facilitator.
group-csv-number = Participant
group-csv-name = Name
projection-triangle = The triangle of the three roles. Each corner is a role. Where do you stand?
projection-dots = Each dot is a participant: { $count } in all. The bigger the dot, the more strongly that participant recognises the roles.
projection-centre = The cross is the middle of the group.
projection-spread-1 = How far apart are the scores? { $role }.
projection-spread-2 = How far apart are the scores? Now also { $role }.
projection-spread-3 = How far apart are the scores? Now also { $role }.
dialog-open-participants = Add participants' results
dialog-save-participant = Save result for the facilitator
dialog-filter-participant = Result for the facilitator (JSON)

# Facilitator: groups.
welcome-situations-heading = What does a situation ask?
welcome-situations-text = Every situation asks for a different mix of the three roles. Describe a situation from your work and set it beside how you work.
welcome-situations = Go to your situations
welcome-facilitator-heading = Are you facilitating a workshop?
welcome-facilitator = Collect the participants' results and show the group on the screen. Everything stays on this computer.
welcome-restore-heading = Data you saved before
welcome-restore = Did you save your data or a backup to a file, for example on another computer? Then you can read it in here.
welcome-restore-button = Go to your data
welcome-groups = Go to your groups
groups-heading = Your groups
groups-intro = Make a group for each workshop. Add the participants' files and show where the group stands.
groups-empty = You have no groups yet.
groups-item = { $name }{ $dated ->
    [yes] , { $date }
   *[no] {""}
} ({ $count ->
    [one] one result
   *[other] { $count } results
})
groups-new = New group
groups-create = Create the group
group-name = Name of the group
group-date = Date of the workshop (optional)
group-notes = Notes (optional)
group-meta = { $count ->
    [one] One result
   *[other] { $count } results
}{ $dated ->
    [yes] . Workshop on { $date }.
   *[no] .
}
group-add-files = Add results
group-drop = Or drag the participants' files onto this window.
group-project = Show on the screen
group-import-summary = { $added ->
    [one] One result added.
   *[other] { $added } results added.
} { $present ->
    [0] {""}
    [one] One result was already in the group.
   *[other] { $present } results were already in the group.
} { $skipped ->
    [0] {""}
    [one] One file was not added:
   *[other] { $skipped } files were not added:
}
group-import-problem = { $file }: { $reason }
group-import-more-problems = { $count ->
    [one] And 1 more result was not added.
   *[other] And { $count } more results were not added.
}
group-import-not-read = { $count ->
    [one] 1 participant at the end of the file was not read: a file can hold at most { $limit }.
   *[other] { $count } participants at the end of the file were not read: a file can hold at most { $limit }.
}
group-too-small = You see the group from { $min } results on. There are { $count } now. This way no one can be recognised.
group-show-names = Show names (only of participants who filled one in)
group-stats-caption = The group per role, on a scale of 0 to 100
group-stats-role = Role
group-stats-n = Number
group-stats-mean = Mean
group-stats-sd = Spread (sd)
group-stats-range = Lowest – highest
group-range = { NUMBER($min, minimumFractionDigits: 1, maximumFractionDigits: 1) } – { NUMBER($max, minimumFractionDigits: 1, maximumFractionDigits: 1) }
group-shape-note = This group is large: { $count } participants. So the charts show the shape of the group, not everyone apart. They do so from { $from } participants on.
group-mixmap-heading-shape = Where does the group stand?
group-mixmap-intro-shape = Each corner is a role. The darker a patch of the triangle, the more participants stand there. The closer to a corner, the larger the share of that role. The cross is the middle of the group.
group-mixmap-label-shape = Triangle with { $count } participants as patches: the darker, the more participants. The middle of the group is a cross. The numbers are in the tables.
group-spread-heading-shape = How far apart are the scores?
group-spread-intro-shape = For each role a bar for every 5 points: the taller the bar, the more participants have that score. The thick line is the mean.
group-spread-label-shape = Bars per role for { $count } participants, with the mean as a line. The numbers are in the tables.
group-radar-heading-shape = The group on the radar chart
group-radar-intro-shape = On each axis the light band runs from the lowest to the highest score. The dark band is the middle half of the group. The thick line is the mean.
group-radar-label-shape = Radar chart of { $count } participants: for each role a band from the lowest to the highest score, the middle half darker, and the mean as a thick line. The numbers are in the tables.
projection-dots-shape = The darker, the more participants stand there: { $count } in all.
group-mixmap-heading = Where does the group stand?
group-mixmap-intro = Each corner is a role. Each dot is a participant: the closer to a corner, the larger the share of that role. The bigger the dot, the more strongly that participant recognises the roles. The cross is the middle of the group.
group-mixmap-label = Triangle with { $count } participants as dots and the middle of the group as a cross. The numbers are in the tables.
group-spread-heading = How far apart are the scores?
group-spread-intro = For each role a dot per participant. The thick bar is the mean. The conversation is about the differences, not only about the mean.
group-spread-label = Dots per role for { $count } participants with the mean as a bar. The numbers are in the tables.
group-radar-heading = All participants on the radar chart
group-radar-intro = Each thin line is a participant. The thick line is the group's mean.
group-radar-label = Radar chart with { $count } participants as thin lines and the mean as a thick line. The numbers are in the tables.
group-participants-caption = The scores of each participant
group-participant = Participant { $number }
group-export-csv = Save as spreadsheet (CSV)
group-edit = Change the group
group-save = Save
group-delete = Delete the group
group-delete-confirm = Are you sure you want to delete the group '{ $name }'? The participants' results in this group will be gone. Your own results stay.
group-back = Back to your groups
projection-title = { $name } · { $count } participants
projection-keys = Step { $step } of { $steps }. Right arrow or space: next. Left arrow: back. Escape: stop.

# Participant: file for the facilitator.
participant-heading = Taking part in a workshop?
participant-intro = Save a small file for the facilitator. It holds only your answers and scores, no notes or goals.
participant-name = Your name or nickname (optional)
participant-name-hint = Leave this empty to stay anonymous. The facilitator sees names only when they switch them on.
participant-save = Save for the facilitator
dialog-save-group = Save group as a file
dialog-open-group = Open a group file
dialog-filter-group = Rolspiegel group (JSON)
group-export-file = Save the group as a file
group-export-file-hint = For another facilitator. Names go along only when they are shown now.
groups-open-file = Open a group file
group-add-own = Add your own results
group-add-own-button = Add the chosen results
group-participants-show = Show the scores of all { $count } participants

## Live session: participants join with their phones
live-heading = Live session with phones
live-intro = Participants join with their phones. They need no app and no account. Everything stays on this laptop. Nothing goes to the internet.
live-address-label = The room's network
live-address-option = { $interface } – { $address }
live-address-default = { $interface } – { $address } (probably the Wi-Fi)
live-no-network = This computer has no network. Connect to the room's Wi-Fi and open this screen again.
live-start = Start the live session
live-show = Show the join screen
live-running-elsewhere = A live session is running on another group. Stop it first.
live-running-colleagues = A live session for a request to colleagues is running. Stop it first.
live-join-heading = Join with your phone
live-join-scan = Scan the QR code with your phone's camera.
live-join-type = Or open { $url } and type the code.
live-code-label = Code
live-qr-label = QR code with the address { $url }
live-counts-heading = How far the room is
live-count-joined = Joined
live-count-waiting = Nothing answered yet
live-count-answering = Answering
live-count-finished = Finished
live-joining-closed = Joining is closed. Whoever has joined can go on.
live-close-joining = Close joining
live-open-joining = Open joining again
live-renew-code = Make a new code
live-reveal = Show the group's results
live-hide = Hide the results
live-end = End the live session
live-end-confirm = Do you want to end the live session? Phones can then no longer send anything. Finished results stay in the group.
live-end-yes = Yes, end the session
live-end-no = No, go on
live-to-group = To the group
live-devices-heading = Is one device holding up the room?
live-devices-intro = Every device gets a fair share of this laptop, so one device cannot keep the rest of the room out. Below are devices that ask more than one phone does: several participants, many connections or refused requests. If something is not right, take the device out. Whoever has finished stays in the group.
live-devices-none = No device asks more than one phone does.
live-remove-waiting = { $count ->
    [0] Everyone has answered something
    [one] Remove 1 participant who has not answered anything
   *[other] Remove { $count } participants who have not answered anything
}
live-devices-caption = Devices that ask more than one phone does
live-device-address = Address
live-device-participants = Participants
live-device-waiting = Nothing answered yet
live-device-connections = Connections
live-device-refused = Refused
live-device-action = What you can do
live-device-block = Block { $address }
live-device-unblock = Let { $address } in again
live-device-blocked = { $address } (blocked)
live-hidden = The group's results are hidden until you show them. That way nobody looks along while the room is still busy.
live-test-hint = Try it yourself first: scan the code with your own phone before the room starts.
live-checklist-heading = Joining does not work?
live-check-same-network = Phones and this laptop must be on the same Wi-Fi network.
live-check-guest = A guest network that keeps devices apart does not work. Ask for another network, or turn on a hotspot on your own phone.
live-check-mobile-data = Does the Wi-Fi have no internet? Then a phone sometimes switches to mobile data. Turn mobile data off for a moment.
live-check-plain = The connection is not encrypted. Someone on the same network could in principle read along. Use a network you trust.

## Suggested file names in the save dialog: rolspiegel-<name>-<date>.<extension>.
## Only lower-case letters, digits and hyphens.
file-name-chart = chart
file-name-timeline = timeline
file-name-data = data
file-name-backup = backup
file-name-group = group
file-name-group-radar = group-radar
file-name-group-triangle = group-triangle
file-name-group-spread = group-spread
file-name-answers = answers
file-name-retest = retest
file-name-participant = participant

## The copies kept beside the database, on the history screen.
copies-heading = Older copies of your data
copies-intro = Before every update, Rolspiegel keeps a copy of your data in your data folder. A damaged file is kept too. A backup you save into that folder yourself is listed here as well. You can bring back what is in a copy. What is in Rolspiegel now stays as it is.
copies-backup = Copy of { $date }, made before an update: { $results ->
    [one] 1 result
   *[other] { $results } results
}, { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}, { $situations ->
    [one] 1 situation.
   *[other] { $situations } situations.
}
copies-damaged = Damaged file of { $date }. What can still be read from it: { $results ->
    [one] 1 result
   *[other] { $results } results
}, { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}, { $situations ->
    [one] 1 situation.
   *[other] { $situations } situations.
}
copies-earlier = Data from the folder of an earlier version of Rolspiegel, last changed on { $date }: { $results ->
    [one] 1 result
   *[other] { $results } results
}, { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}, { $situations ->
    [one] 1 situation.
   *[other] { $situations } situations.
}
copies-saved = Backup { $file }, saved on { $date }: { $results ->
    [one] 1 result
   *[other] { $results } results
}, { $groups ->
    [one] 1 group
   *[other] { $groups } groups
}, { $situations ->
    [one] 1 situation.
   *[other] { $situations } situations.
}
copies-saved-unreadable = Backup { $file }, saved on { $date }. Rolspiegel cannot read anything from it. Perhaps the file was made with a newer version.
copies-unreadable = Damaged file of { $date }. Rolspiegel cannot read anything from it any more.
copies-add = Bring back what is in it
