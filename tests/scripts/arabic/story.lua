-- A short story in Arabic (tests/scripts): right-to-left text, letters
-- that join, a Latin word and numbers inside Arabic lines, names and
-- choices in Arabic. Written for the tests, in simple words.
story {
  id = "test-arabic",
  title = "رسالة جديدة",
  app = "plain",
  language = "ar",
  start = "intro",
  minutes = 2,
  note = "A short story in Arabic, for the tests of right-to-left text.",
  topic = "sextortion",
  teaches = { "verify", "boundaries", "talk" },
}

local sami = character "sami" { name = "سامي", color = "#e07a5f", initials = "س" }
local mona = character "mona" { name = "منى (أختي)", color = "#3d8bfd", initials = "م" }

scene "intro" {
  clock "16:05",
  narrate "بعد الظهر. المطر يتساقط، وأنت ترسم في غرفتك.",
  sami "مرحبا {name}! رأيت رسوماتك، إنها جميلة جدا",
  sami "عمري 15 سنة، وأحب الرسم و manga أيضا. هل نحن في نفس المدرسة؟",
  think "سامي؟ لا أعرف أحدا بهذا الاسم.",
  choice "أرد عليه" { go = "photo", say = "شكرا! من أنت؟" },
  choice "أنظر إلى حسابه أولا" { go = "photo", did = "verify" },
}

scene "photo" {
  sami "أرسل لي صورة لك، من فضلك",
  choice "أقول لا" { go = "safe-end", say = "لا، لا أرسل صورا لأشخاص لا أعرفهم", did = "boundaries" },
  choice "أتكلم مع أختي منى" { go = "help-end", did = "talk" },
}

ending "safe-end" {
  title = "حافظت على حدودك",
  narrate "لا يحدث شيء آخر. تعود إلى الرسم.",
  summary = "طلب سامي صورة. قولك لا أنهى الأمر.",
}

ending "help-end" {
  title = "طلبت المساعدة",
  mona "شكرا لأنك أخبرتني. هذا ليس ذنبك، سنتعامل مع الأمر معا",
  summary = "طلب سامي صورة. الكلام مع أختك جعل كل شيء أسهل.",
}
