# The statements and a result: shared by the desktop window and the phone
# page of a live workshop.

## Statements
scan-heading = Statements
scan-instructions = For each statement, say how well it fits you. Think of how you work now. There are no right or wrong answers.
scan-keys = With the keyboard: 1 to 5 picks an answer, 0 is 'Don't know'. The arrow keys pick another answer. Enter goes to the next page.
scan-page = Page { $page } of { $pages }
scan-progress = { $answered } of { $total } statements answered
scan-statement-number = Statement { $number } of { $total }
scan-back = Previous
scan-next = Next
scan-finish = See your result
scan-stop = Stop and continue later
scan-unanswered = { $count ->
    [one] One statement on this page has no answer yet.
   *[other] { $count } statements on this page have no answer yet.
} Pick an answer or 'Don't know'.
scan-saved-hint = Every answer is saved at once. You can always stop and continue later.
scale-1 = Strongly disagree
scale-2 = Disagree
scale-3 = Neutral
scale-4 = Agree
scale-5 = Strongly agree
scale-dont-know = Don't know

## Result
result-heading = Your mix
result-date = Completed on { $date }
result-chart-label = Radar chart of your mix. { $roles } Scale from 0 to 100.
# One role in the chart's text alternative; $role is its name.
result-chart-role = { $role }: { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }.
result-chart-role-margin = { $role }: { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }, with a margin of { NUMBER($low, maximumFractionDigits: 0) } to { NUMBER($high, maximumFractionDigits: 0) }.
result-margin-note = The margin shows how precise your score is. Your true score almost certainly lies within the margin. Scores that are close together cannot be told apart.
result-noise-answers = We estimate the margin from how much your answers differ within each role. That is a cautious estimate: the margin is more likely too wide than too narrow.
result-noise-centred = We estimate the margin from how your answers differ from the average answer to each statement. That average comes from { $results } results on this computer.
result-table-caption = Your scores per role, on a scale from 0 to 100
result-table-role = Role
result-table-score = Score
result-table-share = Share
result-table-counted = Counted
result-score = { NUMBER($score, minimumFractionDigits: 1, maximumFractionDigits: 1) }
# Under a role's name on the radar: the score and its margin ($score is formatted already).
result-axis-value = { $score } ({ NUMBER($low, maximumFractionDigits: 0) }–{ NUMBER($high, maximumFractionDigits: 0) })
result-table-margin = Margin
result-margin = { NUMBER($low, maximumFractionDigits: 0) } to { NUMBER($high, maximumFractionDigits: 0) }
result-share = { NUMBER($share, maximumFractionDigits: 0) }%
result-counted = { $answered } of { $total }
result-scale-note = A score of 50 is the middle of the scale. The scores say how strongly you recognise each role in your own work. They are not a grade for how good you are.
# A mix in degrees (docs/SCORING.md § 7). In these messages $role,
# $highest, $lowest, $higher, $lower and $middle are role names; $sure,
# $highestSure and $lowestSure are "clearly" or "probably".
result-mix-blended = No role stands out. The differences between your scores are too small to say which role is stronger. You mix the roles.
result-mix-highest = The { $role } is { $sure ->
    [clearly] clearly
   *[probably] probably
} your strongest role. The other two roles are too close together to say which of them is stronger.
result-mix-lowest = You { $sure ->
    [clearly] clearly
   *[probably] probably
} recognise the { $role } least in your work. The other two roles are too close together to say which is your strongest.
result-mix-ordered = The { $highest } is { $highestSure ->
    [clearly] clearly
   *[probably] probably
} your strongest role. You { $lowestSure ->
    [clearly] clearly
   *[probably] probably
} recognise the { $lowest } least in your work.
result-mix-apart = The { $higher } is { $sure ->
    [clearly] clearly
   *[probably] probably
} stronger than the { $lower }. Where the { $middle } stands cannot be said.
result-mix-short-blended = Mixed
result-mix-short-highest = { $sure ->
    [clearly] Mostly { $role }
   *[probably] Probably mostly { $role }
}
result-mix-short-lowest = Least { $role }
result-mix-short-ordered = { $highestSure ->
    [clearly] Mostly { $highest }, least { $lowest }
   *[probably] Probably mostly { $highest }, least { $lowest }
}
result-mix-short-apart = More { $higher } than { $lower }
# $role here is a role key, to choose the advice by.
result-mix-advice-blended = You use the roles side by side. That is a strength, because you can switch. Look in the table for the role with the lowest score: that role can help you in situations where you get stuck now. And keep asking yourself: which role does this situation need?
result-mix-advice-highest = { $role ->
    [bureaucraat] You often reach for the way of the { role-bureaucraat-name }. That gives you and citizens something to hold on to. Also look at situations where an { role-ondernemer-name } or a { role-verbinder-name } would achieve more.
    [ondernemer] You often reach for the way of the { role-ondernemer-name }. That brings speed and renewal. Also look at situations where a { role-bureaucraat-name } or a { role-verbinder-name } would achieve more.
   *[verbinder] You often reach for the way of the { role-verbinder-name }. That brings people together. Also look at situations where a { role-bureaucraat-name } or an { role-ondernemer-name } would achieve more.
}
# $role here is a role name.
result-mix-advice-lowest = You reach for the way of the { $role } less often. That very role can help you in situations where you get stuck now. Keep asking yourself: which role does this situation need?
result-mix-meaning = Every civil servant mixes the three roles. There is no right or wrong mix. What matters is knowing which role a situation asks for, and being able to switch. Applying for a passport calls for a Bureaucraat. Improving a neighbourhood also calls for a Verbinder and an Ondernemer.
result-roles-heading = The three roles
result-role-stands-for = What does this role stand for?
result-role-strengths = Strengths
result-role-pitfalls = Pitfalls
result-role-situations = When do you need this role?
result-reflect-heading = Think about it
result-reflect-1 = What is your picture of the three roles?
result-reflect-2 = Where does your preference lie? Do you recognise it in this result?
result-reflect-3 = What are your pitfalls, and how do you avoid them?
result-reflect-4 = Which role does your work ask of you now?
result-reflect-tip = Talk about it with a colleague or your manager. Also ask how they see you.
result-incomplete-heading = Not enough answers yet
result-level-high = All in all, you recognise yourself strongly in the roles: on average { NUMBER($mean, maximumFractionDigits: 0) } out of 100.
result-level-middle = All in all, you recognise yourself somewhat in the roles: on average { NUMBER($mean, maximumFractionDigits: 0) } out of 100.
result-level-low = All in all, you recognise yourself little in the roles: on average { NUMBER($mean, maximumFractionDigits: 0) } out of 100.
result-incomplete = For a result, you need to give an opinion on at least four out of five statements of each role. 'Don't know' does not count. Below you see for each role how many answers are still needed.
result-incomplete-role = { $role ->
    [bureaucraat] { role-bureaucraat-name }
    [ondernemer] { role-ondernemer-name }
   *[verbinder] { role-verbinder-name }
}: { $missing ->
    [one] one more answer
   *[other] { $missing } more answers
} needed.
result-incomplete-back = Back to the statements
