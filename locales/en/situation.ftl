# The situation list: what does a situation ask of the three roles? Each
# statement mirrors a characteristic of the self list (docs/STATEMENTS.md).
situation-statement-sb01 = Here everyone in the same situation must be treated exactly the same.
situation-statement-sb02 = What we do here must fit exactly within the law and the rules.
situation-statement-sb03 = Every decision here must be recorded well, so that it can be checked later.
situation-statement-sb04 = Here we faithfully carry out a decision of the politicians or the board.
situation-statement-sb05 = People must know beforehand where they stand here.
situation-statement-sb06 = Exactly which rules apply here is a side issue.
situation-statement-sb07 = Agreements here can simply be made by word of mouth, without anyone writing them down.
situation-statement-sb08 = Here my own opinion may weigh in how a case turns out.
situation-statement-sb09 = Explaining how a decision came about is needed here only when someone asks.
situation-statement-sb10 = How a case turns out here may depend on who is asking.
situation-statement-so01 = This situation asks me to come up with proposals myself.
situation-statement-so02 = New solutions are needed here, even if the old ones still work.
situation-statement-so03 = Here we must dare to take risks to get a better result.
situation-statement-so04 = What counts most here is the result we achieve, and we measure it.
situation-statement-so05 = Here we must help citizens quickly and without waste.
situation-statement-so06 = Here we avoid risks, even if an opportunity is missed because of it.
situation-statement-so07 = Here we work the way we are used to, even if it could be done better.
situation-statement-so08 = Exactly what result should come out may stay open here.
situation-statement-so09 = How much time and money it costs is a side issue here.
situation-statement-so10 = How we do compared with other teams is a side issue here.
situation-statement-sv01 = This situation asks me to build contacts inside and outside the organisation.
situation-statement-sv02 = Here I must sense well what is going on with the people it concerns.
situation-statement-sv03 = How we reach a decision together here matters as much as the decision.
situation-statement-sv04 = What the work brings society comes first here.
situation-statement-sv05 = Here we must get partners enthusiastic to reach the goal together.
situation-statement-sv06 = I do this work best alone, apart from others.
situation-statement-sv07 = Those involved can only think along here once the plan is ready.
situation-statement-sv08 = What lives among the people around us plays a small part here.
situation-statement-sv09 = What the work brings society is a question for others here.
situation-statement-sv10 = Looking back at what went well and badly is a side issue here.

## The legend of the radar with both profiles.
situation-legend-own = How you work ({ $date })
situation-legend-asked = What '{ $name }' asks

## The list of situations.
situations-heading = What does a situation ask?
situations-intro = Your current job, a project or a crisis: every situation asks something different of a civil servant. Describe a situation and say what it asks. Rolspiegel sets that beside how you work. Then you see which role you can use more or less here.
situations-list-heading = Your situations
situations-empty = You have not described any situations yet.
situations-new-heading = Describe a new situation
situations-name = Name of the situation
situations-name-hint = For example: 'my current job', 'project Neighbourhood, phase 2' or 'crisis team'.
situations-note = Note (may stay empty)
situations-add = Say what this situation asks
situations-rated = { $count ->
    [one] Filled in once, on { $date }
   *[other] Filled in { $count } times, last on { $date }
}
situations-not-rated = Not filled in yet.
situations-started = You have started filling it in.
situations-rate = Say what this situation asks
situations-rate-again = Fill in again
situations-resume = Continue ({ $answered } of { $total } filled in)
situations-open = Set beside your result
situations-delete = Remove
situations-delete-confirm = Do you want to remove '{ $name }'? Everything you filled in about this situation will be gone.
situations-delete-yes = Yes, remove it
situations-delete-no = No, keep it

## Rating a situation.
rating-heading = What does '{ $name }' ask?
rating-instructions = Think of this situation. For each sentence, say whether it is true of what the situation asks. It is not about how you work now. It is about what the situation asks of a civil servant.

## A situation beside a result.
situation-heading = What does '{ $name }' ask?
situation-rated-on = Filled in on { $date }
situation-beside = Beside your result of
situation-no-result = You have no result about how you work yet. Take the scan first. Then Rolspiegel sets this situation beside it.
situation-unknown-list = This situation was filled in with a list this version of Rolspiegel does not know. So Rolspiegel does not set it beside your result.
situation-gaps-heading = You and the situation
situation-asks-more = The situation clearly asks more of the { $role } than you show.
situation-asks-about = The situation asks about as much of the { $role } as you show. The difference may be chance.
situation-asks-less = The situation clearly asks less of the { $role } than you show.
situation-asks-unknown = For the { $role }, Rolspiegel cannot say whether the difference is real.
situation-chart-label = Radar with two shapes. How you work: { $own } What the situation asks: { $asked }
situation-table-caption = Your scores and what the situation asks, from 0 to 100
situation-table-role = Role
situation-table-own = You
situation-table-asked = The situation
situation-table-gap = Difference
situation-table-verdict = What does it say?
situation-gap = { $gap } points
situation-gap-band = { $gap } points (chance up to ± { $band })
situation-verdict-more = clearly asks more
situation-verdict-about = about the same
situation-verdict-less = clearly asks less
situation-verdict-unknown = cannot say
situation-how = No measurement is exact, these two neither. Rolspiegel calls a difference clear only when it is larger than that inexactness. It also takes into account that you look at three roles at once.
situation-advice-heading = What can you do with this?
situation-more-intro = You can use these roles more here. This is what makes them strong, and where they fit:
situation-none-more = The situation does not clearly ask more of any role than you show.
situation-less-intro = The situation asks less of these roles. Watch out for their pitfalls here:
situation-strengths-label = Strong about this role
situation-situations-label = Where this role fits
situation-pitfalls-label = Pitfalls
situation-goal-heading = A development goal
situation-goal-intro = The situation asks most extra of the { $role }. Do you want to grow in it? Then make it a development goal.
situation-goal = Make this a development goal
situation-goal-text = In '{ $name }' I will use the { $role } more. This is how:
situation-back = Go to your situations

## The PDF report.
report-situations-heading = What does the situation ask?
report-situations-intro = You described what one or more situations ask. Here each situation is set beside this result.
situation-report = Save as PDF

## The history screen.
history-situations-heading = Your situations
history-situation-rated = { $count ->
    [one] filled in once, on { $date }
   *[other] filled in { $count } times, last on { $date }
}
history-situation-open = not filled in yet
history-situations-all = Go to your situations

## Two ratings of one situation.
situation-since-heading = Since the last time
situation-since-intro = This is how what the situation asks changed since you filled it in on { $date }:

## A workshop group's shared situation.
group-situation-legend-group = The group (mean)
group-situation-legend-asked = What '{ $name }' asks (mean)
projection-situation = What does '{ $name }' ask? The dashed line is what { $count } participants say the assignment asks. The thick line is how the group works.
group-situation-heading = The group's assignment
group-situation-intro = Is the group working on a shared assignment? Give it a name. In a live session, participants say on their phones what the assignment asks, after their scan. Then you see the group's mix next to what the assignment asks.
group-situation-name = Name of the assignment
group-situation-save = Save the assignment
group-situation-remove = Remove the assignment
group-situation-saved = The assignment is saved.
group-situation-removed = The assignment is removed, with what participants filled in about it.
group-situation-figures-heading = What does '{ $name }' ask?
group-situation-too-few = { $count ->
    [0] Nobody has filled in what the assignment asks yet. Rolspiegel shows it from 3 participants.
    [one] 1 participant has filled in what the assignment asks. Rolspiegel shows it from 3 participants.
   *[other] { $count } participants have filled in what the assignment asks. Rolspiegel shows it from 3 participants.
}
group-situation-count = { $count } participants have filled in what the assignment asks.
group-situation-asks-more = The assignment clearly asks more of the { $role } than the group shows.
group-situation-asks-about = The assignment asks about as much of the { $role } as the group shows.
group-situation-asks-less = The assignment clearly asks less of the { $role } than the group shows.
group-situation-asks-unknown = For the { $role }, it cannot be said whether the assignment asks more or less than the group shows.
group-situation-chart-label = Radar with two shapes. The group on average: { $group } What the assignment asks, on average: { $asked }
group-situation-table-caption = The group and what the assignment asks, from 0 to 100
group-situation-table-group = The group
group-situation-table-asked = The assignment
group-situation-table-sd = Spread
group-situation-table-range = From lowest to highest
group-situation-range = { $min } to { $max }
group-situation-how = The spread shows how much participants agree about what the assignment asks: the smaller, the more they agree. Rolspiegel calls a difference with the group clear only when it is larger than the chance in both means.
group-import-ratings = About the group's assignment: { $added ->
    [0] nothing added
    [one] 1 rating added
   *[other] { $added } ratings added
}{ $refused ->
    [0] {""}
   *[other], { $refused } not read
}.
import-group-ratings = Group { $name }, about the assignment: { $added ->
    [0] nothing brought back
    [one] 1 rating brought back
   *[other] { $added } ratings brought back
}{ $refused ->
    [0] {""}
   *[other], { $refused } not read
}.
group-situation-remove-confirm = Do you want to remove the assignment? What participants filled in about it is removed too. You cannot get it back.
group-situation-remove-yes = Yes, remove it
group-situation-remove-no = No, keep it
rating-finish = Done
rating-incomplete = To say what the situation asks, you need to answer at least eight of the ten sentences of each role with an opinion. 'Don't know' does not count. Below, per role, is how many answers are still needed.
goal-draft-replaces = This goal was filled in from a situation. You already had a goal for this result. If you save this one, it replaces your old goal.
