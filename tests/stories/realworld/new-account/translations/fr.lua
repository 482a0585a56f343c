-- The "fr" translation of "The new account".
-- Written by: behind-the-screen --translate fr the-new-account
-- Every text of the story, in story order, with the line it comes from.
-- Replace each TODO "..." with your translation, between quotes. Keep the
-- {placeholders} as they are; translate each form of {a|b|c}. Run --translate
-- again after changing the story: new texts come as TODO, nothing you wrote
-- is lost.
translation "fr" {
  -- story.lua:2
  ["The new account"] = "FR The new account",
  -- story.lua:2
  ["A new account, a group chat and a threat. Nothing explicit is shown."] = "FR A new account, a group chat and a threat. Nothing explicit is shown.",
  -- story.lua:17
  ["Ask the group's admin to remove the post"] = "FR Ask the group's admin to remove the post",
  -- story.lua:18
  ["An admin can take it down for everyone, at once."] = "FR An admin can take it down for everyone, at once.",
  -- story.lua:30
  ["Tuesday evening. Homework is done."] = "FR Tuesday evening. Homework is done.",
  -- story.lua:32
  ["who has the maths answers"] = "FR who has the maths answers",
  -- story.lua:33
  ["not me lol"] = "FR not me lol",
  -- story.lua:34
  ["page 42 is easy"] = "FR page 42 is easy",
  -- story.lua:36
  ["hey {name}, you're in Inès's class right?"] = "FR hey {name}, you're in Inès's class right?",
  -- story.lua:37
  ["Who is Sacha? How could you tell?"] = "FR Who is Sacha? How could you tell?",
  -- story.lua:37
  ["Mutual friends prove nothing."] = "FR Mutual friends prove nothing.",
  -- story.lua:38
  ["Ask Inès about Sacha"] = "FR Ask Inès about Sacha",
  -- story.lua:39
  ["Accept"] = "FR Accept",
  -- story.lua:39
  ["hi 🙂"] = "FR hi 🙂",
  -- story.lua:40
  ["Ignore the request"] = "FR Ignore the request",
  -- story.lua:45
  ["do you know someone called Sacha?"] = "FR do you know someone called Sacha?",
  -- story.lua:46
  ["no, never heard of them"] = "FR no, never heard of them",
  -- story.lua:48
  ["Accept anyway"] = "FR Accept anyway",
  -- story.lua:48
  ["ok, hi"] = "FR ok, hi",
  -- story.lua:49
  ["Ignore"] = "FR Ignore",
  -- story.lua:53
  ["Two days later"] = "FR Two days later",
  -- story.lua:54
  ["why no answer? 😢"] = "FR why no answer? 😢",
  -- story.lua:55
  ["Inès did not know them."] = "FR Inès did not know them.",
  -- story.lua:56
  ["Block"] = "FR Block",
  -- story.lua:61
  ["you're cute"] = "FR you're cute",
  -- story.lua:62
  ["A selfie, sunglasses on"] = "FR A selfie, sunglasses on",
  -- story.lua:63
  ["your turn"] = "FR your turn",
  -- story.lua:66
  ["come on, we're friends"] = "FR come on, we're friends",
  -- story.lua:68
  ["Send a photo"] = "FR Send a photo",
  -- story.lua:69
  ["Say no"] = "FR Say no",
  -- story.lua:69
  ["no thanks"] = "FR no thanks",
  -- story.lua:73
  ["A selfie at the desk"] = "FR A selfie at the desk",
  -- story.lua:74
  ["Incoming video call"] = "FR Incoming video call",
  -- story.lua:75
  ["The screen stays black."] = "FR The screen stays black.",
  -- story.lua:76
  ["Someone is recording on the other side"] = "FR Someone is recording on the other side",
  -- story.lua:77
  ["Call ended · 00:31"] = "FR Call ended · 00:31",
  -- story.lua:78
  ["pay {money 200} in {payment.giftcard} or the class sees it"] = "FR pay {money 200} in {payment.giftcard} or the class sees it",
  -- story.lua:79
  ["This is frightening. You are not alone, and it can be fixed."] = "FR This is frightening. You are not alone, and it can be fixed.",
  -- story.lua:80
  ["Pay"] = "FR Pay",
  -- story.lua:81
  ["Screenshot everything"] = "FR Screenshot everything",
  -- story.lua:82
  ["Tell Mum"] = "FR Tell Mum",
  -- story.lua:86
  ["You screenshot the profile and the threat."] = "FR You screenshot the profile and the threat.",
  -- story.lua:92
  ["Do not pay, stop answering"] = "FR Do not pay, stop answering",
  -- story.lua:96
  ["now {money 300} more"] = "FR now {money 300} more",
  -- story.lua:98
  ["Pay again"] = "FR Pay again",
  -- story.lua:102
  ["thank you for telling me. it is not your fault."] = "FR thank you for telling me. it is not your fault.",
  -- story.lua:103
  ["I was so scared"] = "FR I was so scared",
  -- story.lua:104
  ["we will call {help.youth-line} and report to {help.report-authority}."] = "FR we will call {help.youth-line} and report to {help.report-authority}.",
  -- story.lua:105
  ["Ask the class admin"] = "FR Ask the class admin",
  -- story.lua:106
  ["Go to bed"] = "FR Go to bed",
  -- story.lua:109
  ["You kept your boundaries"] = "FR You kept your boundaries",
  -- story.lua:109
  ["Sacha pushed; saying no ended it."] = "FR Sacha pushed; saying no ended it.",
  -- story.lua:116
  ["{You are|You are|You are} not alone."] = "FR {You are|You are|You are} not alone.",
  -- story.lua:114
  ["You got help"] = "FR You got help",
  -- story.lua:114
  ["Sacha threatened you. You paid {money paid}. Your mum helped."] = "FR Sacha threatened you. You paid {money paid}. Your mum helped.",
  -- story.lua:123
  ["If it feels too heavy, call now."] = "FR If it feels too heavy, call now.",
  -- story.lua:121
  ["Still alone"] = "FR Still alone",
  -- story.lua:121
  ["You paid twice and it did not stop."] = "FR You paid twice and it did not stop.",
}
