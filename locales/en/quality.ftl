# "Hoe goed meet de lijst?": how well the statement list measures, with the
# answers of real participants in the facilitator's groups.

quality-open = How well does the list measure?
quality-open-hint = With the answers of this group you see how well the statements measure. This works from { $min } results on.
quality-open-all = How well does the list measure? All groups together
quality-heading = How well does the list measure?
quality-scope-group = Group { $name } · { $count ->
        [one] 1 result
       *[other] { $count } results
    } · statement list { $version }
quality-scope-all = All groups together · { $count ->
        [one] 1 result
       *[other] { $count } results
    } · statement list { $version }
quality-intro = Here you see how well the statements measure, with the answers of real participants. This is about the list, not about the people. A result that is in two groups counts once.
quality-too-few = From { $min } results of one list on you see how well the list measures. There are { $count } now.
quality-list-label = Statement list
quality-list-option = List { $version } ({ $count ->
        [one] 1 result
       *[other] { $count } results
    })
quality-list-show = Show

quality-alpha-heading = Do the statements of a role measure the same thing?
quality-alpha-intro = Cronbach's alpha tells whether the statements of one role measure the same thing together. The closer to 1, the better. From 0.70 it is sufficient, from 0.80 good. The interval shows how certain that is. With few results it is wide.
quality-alpha-caption = Cronbach's alpha per role, with a 95% confidence interval
quality-alpha-role = Role
quality-alpha = Alpha
quality-alpha-interval = 95% interval
quality-alpha-complete = Results with every statement of the role
quality-alpha-verdict = Verdict
quality-verdict-good = good
quality-verdict-enough = sufficient
quality-verdict-weak = weak
quality-verdict-none = cannot be computed
quality-interval = { $low } to { $high }

quality-correlations-heading = Do the roles go together?
quality-correlations-intro = A correlation runs from −1 to 1. The book says you can be strong in several roles at once. Is the correlation between two roles clearly negative (below −0.30)? Then statements may set one role against the other.
quality-correlations-caption = Correlations between the roles' scores
quality-pair = Roles
quality-correlation = Correlation
quality-pair-names = { $a } and { $b }

quality-items-heading = Per statement
quality-items-intro = For each statement you see the mean answer (1 is strongly disagree, 5 is strongly agree), the spread and how well it goes with the role's other statements. Below 0.20 means: this statement measures something else than the rest.
quality-items-summary = { $count ->
        [0] No statement stands out.
        [one] 1 statement stands out. You see it in the column ‘Note’.
       *[other] { $count } statements stand out. You see them in the column ‘Note’.
    }
quality-items-caption = The statements of the { $role }
quality-item-statement = Statement
quality-item-reversed = Reversed
quality-item-mean = Mean
quality-item-sd = Spread (sd)
quality-item-rest = Goes with the rest
quality-item-flags = Note
quality-reversed-yes = yes
quality-reversed-no = no
quality-flag-agree = Almost everyone agrees.
quality-flag-same = Almost everyone gives the same answer.
quality-flag-fit = Measures something else than the rest.
quality-no-value = cannot be computed

quality-export = Save the answers for research (CSV)
quality-export-hint = Without names and without result numbers. The rows are in a random order. Each column is a statement (b01, o02 …). An empty cell means ‘don't know’.
quality-back-group = Back to the group
quality-back-groups = Back to your groups

quality-retest-heading = Second measurement: how steady are the scores?
quality-retest-intro = Have the same people take the scan again later, for example at the end of the day or a week later: make a new group for it and start a live session in it. Their phone pairs the two results with a random code, without a name. Here you then see how steady the scores are, and how large the measurement noise really is.
quality-retest-count = { $count ->
        [0] Nobody has taken the scan twice yet.
        [one] 1 person took the scan twice.
       *[other] { $count } people took the scan twice.
    }
quality-retest-days = There were usually about { NUMBER($days, maximumFractionDigits: 1) } days between.
quality-retest-same-day = The two times were usually on the same day.
quality-retest-too-few = From { $min } people who took the scan twice, you see the figures here.
quality-retest-caption = Per role: first and second time
quality-retest-role = Role
quality-retest-correlation = Agreement (r)
quality-retest-interval = 95 % interval
quality-retest-mean-change = Mean change
quality-retest-real = Real measurement noise of a difference
quality-retest-assumed = Measurement noise the app assumed
quality-retest-points = { NUMBER($points, minimumFractionDigits: 1, maximumFractionDigits: 1) } points
quality-retest-no-interval = from 4 pairs
quality-retest-explain = The agreement says how well the second time follows the first: the closer to 1, the steadier the scores. The real measurement noise is the spread of the changes. If it is larger than what the app assumed, the margins in the results are too narrow. If it is smaller, they are wide. If there was a training between the two times, the changes also hold real growth.
quality-retest-export = Save the pairs (CSV)
quality-retest-export-hint = A file for a researcher: per person the scores of the first and the second time and the days between. Without names, codes or other details, in random order.
