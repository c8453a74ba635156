## The report (PDF) to take to a coach, a career conversation or your
## manager, and the group report for a facilitator.

report-save = Save as report (PDF)
report-group-save = Save group report (PDF)
dialog-save-report = Save report
dialog-filter-pdf = PDF document
file-name-report = report
file-name-compare-report = comparison
file-name-group-report = group-report

report-title = Your mix in Rolspiegel
report-footer = { $title } · page { $page } of { $pages }
report-made = Made on { $date } with Rolspiegel.
report-label = Your name for this result: { $label }
report-list = Statement list: version { $version }.
report-mix-heading = What does your mix say?
report-reflections-none = You have not answered the questions yet.
report-goal-role = The role you want to grow in: { $role }
report-goal-review = You will look at it again on { $date }.
report-goal-none = You have not chosen a development goal yet.
report-note-heading = What the scores do and do not say
report-note = The scores come from your own answers, at one moment. They show how strongly you recognise each role in your work now. They do not say how good you are. There is no right or wrong mix either. On another day, or with other work in mind, your scores may differ. Use the result to talk about your work. Do not use it to judge anyone.
report-trend-label = Line chart of the scores per role over time.
report-group-title = Group report: { $name }
report-group-anonymous = This report names no one. It only shows figures for the whole group, and only when there are at least { $min } results.
report-group-means = Mean scores: { role-bureaucraat-name } { NUMBER($bureaucraat, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-ondernemer-name } { NUMBER($ondernemer, minimumFractionDigits: 1, maximumFractionDigits: 1) }, { role-verbinder-name } { NUMBER($verbinder, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
report-group-mixmap-label-shape = Triangle with { $count } participants as patches: the darker, the more participants. The middle of the group is a cross.
report-group-spread-label-shape = Bars per role for { $count } participants, with the mean as a line.
report-group-radar-label-shape = Radar chart of { $count } participants: for each role a band from the lowest to the highest score, the middle half darker, and the mean as a thick line.
report-group-mixmap-label = Triangle with { $count } participants as dots and the centre of the group as a cross.
report-group-spread-label = Dots per role for { $count } participants, with the mean as a line.
report-group-radar-label = Radar chart with { $count } participants as thin lines and the mean as a thick line.
