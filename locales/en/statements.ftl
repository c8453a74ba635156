# The statements of list version 1. Every id belongs to assets/instrument/v1.json.
# Plain English twins of the Dutch: one idea each, no double negatives.
# See docs/STATEMENTS.md for the characteristic each statement measures.

## Bureaucraat
statement-b01 = I find it important that everyone in the same situation gets the same decision.
statement-b02 = Before I decide anything, I first check what the law and the rules say.
statement-b03 = I record why a decision was taken, so that someone can find it later.
statement-b04 = I loyally carry out a political decision, even when I disagree with it myself.
statement-b05 = Citizens must be able to know in advance where they stand with the government.
statement-b06 = I prefer to work within clear frameworks that say what is and isn't allowed.
statement-b07 = I report it at once when I have a personal interest in a case I handle.
statement-b08 = When a rule works out badly in a particular case, I would rather depart from it.
statement-b09 = Recording a case neatly in the file is mostly a waste of time to me.
statement-b10 = For someone who really needs it, I am glad to make an exception.
statement-b11 = Formal procedures often get in the way of good work.
statement-b12 = Explaining how I reached a decision matters less to me than the decision itself.
statement-b13 = My personal opinion may count in how I handle a case.
statement-b14 = I would rather trust my gut than a fixed way of working.

## Ondernemer
statement-o01 = I often come up with my own proposals to do things differently.
statement-o02 = I like looking for new solutions, even when the old ones still work.
statement-o03 = I dare to take a risk when the chance of a better result is big enough.
statement-o04 = For every assignment, I want to know exactly what result it must deliver.
statement-o05 = I pay close attention that we do not waste time and money.
statement-o06 = I see the citizen as a customer who is entitled to fast, good service.
statement-o07 = I check whether my approach works, and I adjust it when needed.
statement-o08 = I prefer to stick to a way of working that has already proven itself.
statement-o09 = I avoid risks, even when that means an opportunity is missed.
statement-o10 = Targets and figures say little about the quality of my work.
statement-o11 = I would rather wait for a clear assignment than start something myself.
statement-o12 = Whether something can be done faster or cheaper matters less to me.
statement-o13 = Competing with other teams or organisations does not suit the government.
statement-o14 = Fast service to citizens is not a goal in itself for me.

## Verbinder
statement-v01 = I deliberately invest in contacts inside and outside my organisation.
statement-v02 = I first talk with the people it is about, before I make a plan.
statement-v03 = I have a good sense of what is going on with the people and organisations around me.
statement-v04 = With every task, I ask myself what it brings to society.
statement-v05 = I want the room to decide for myself how best to do my work.
statement-v06 = I discuss mistakes openly with colleagues, so that we learn from them together.
statement-v07 = How we reach a decision together matters to me as much as the decision itself.
statement-v08 = I prefer to work alone on my own tasks.
statement-v09 = I give little weight to what people outside my organisation think.
statement-v10 = I don't see building a network as part of my job.
statement-v11 = I do what my task is and leave the bigger picture to others.
statement-v12 = I would rather leave getting people excited about an idea to someone else.
statement-v13 = Long consultations with everyone involved mostly cost time.
statement-v14 = Looking back on how a project went seems of little use to me.

# New in list version 2 (assets/instrument/v2.json). Reversed statements describe
# the low side of their own role, without negation (a test checks).
statement-b15 = I make sure people know beforehand which rules apply and what they can expect from me.
statement-b16 = I only find out exactly which rules apply when someone asks.
statement-b17 = I update my case files when I happen to have time for it.
statement-b18 = How I handle a case also depends on how someone comes across to me.
statement-b19 = I simply accept a small gift from someone whose case I handle.
statement-b20 = I prefer to make agreements about a case by word of mouth only.
statement-b21 = When a political decision goes against my views, I go my own way.
statement-o15 = I like to make clear agreements about what I must achieve, and I want to be judged on them.
statement-o16 = I want our team to perform better than similar teams.
statement-o17 = I keep looking for ways to help citizens faster and better.
statement-o18 = I leave ideas for improving our work to others.
statement-o19 = When something is finished I am satisfied, even if it cost a lot of time or money.
statement-o20 = What a citizen notices of my work is a side issue to me.
statement-o21 = I do my work the way I am used to, even when it could be done better.
statement-o22 = I am happy to leave open what result my work should deliver.
statement-o23 = How our team performs compared with other teams leaves me cold.
statement-v15 = I can get others enthusiastic about working together towards a goal.
statement-v16 = I feel personally responsible for making a partnership succeed.
statement-v17 = I ask citizens and partners what they need, and help them arrange it themselves.
statement-v18 = I only seek contact with people outside my own team when I have to.
statement-v19 = I usually brush aside feedback from others on my work.
statement-v20 = I often only notice late what is going on among the people around me.
statement-v21 = I think what my work brings society is a question for others.
statement-v22 = I only let those involved think along once my plan is ready.
statement-v23 = When a partnership gets stuck, I wait for someone else to solve it.
