# The statements of list version 1. Every id belongs to assets/instrument/v1.json.
# Plain English twins of the Dutch: one idea each, no double negatives.
# See docs/STATEMENTS.md for the characteristic each statement measures.

## Bureaucraat
statement-b01 = I find it important that everyone in the same situation gets the same decision.
statement-b02 = Before I decide anything, I first check what the law and the rules say.
statement-b03 = I record why a decision was taken, so that someone can find it later.
statement-b04 = I loyally carry out a political decision, even when I disagree with it myself.
statement-b05 = Citizens should know in advance what to expect from the government.
statement-b06 = I prefer to work within clear frameworks that say what is and isn't allowed.
statement-b07 = I say so straight away when I have a personal interest in a case I handle.
statement-b08 = When a rule works out badly in a particular case, I would rather depart from it.
statement-b09 = Recording a case neatly in the file is mostly a waste of time to me.
statement-b10 = For someone who really needs it, I am glad to make an exception.
statement-b11 = Formal procedures often get in the way of good work.
statement-b12 = Explaining how I reached a decision matters less to me than the decision itself.
statement-b13 = My personal opinion may count in how I handle a case.
statement-b14 = I would rather trust my gut than a fixed way of working.

## Ondernemer
statement-o01 = I often come up with proposals to do things differently.
statement-o02 = I like looking for new solutions, even when the old ones still work.
statement-o03 = I dare to take a risk when the chance of a better result is big enough.
statement-o04 = For every assignment, I want to know exactly what result it must deliver.
statement-o05 = I make sure we don't waste time and money.
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
