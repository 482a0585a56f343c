-- A short story in Japanese (tests/scripts): lines with no spaces that
-- break between characters, kana and kanji from a font found for them,
-- names and choices in Japanese. Written for the tests, in simple words.
story {
  id = "test-japanese",
  title = "新しいメッセージ",
  app = "plain",
  language = "ja",
  start = "intro",
  minutes = 2,
  note = "A short story in Japanese, for the tests of text with no spaces.",
  topic = "sextortion",
  teaches = { "verify", "boundaries", "talk" },
}

local ken = character "ken" { name = "ケン", color = "#e07a5f", initials = "ケ" }
local yui = character "yui" { name = "ユイ（姉）", color = "#3d8bfd", initials = "ユ" }

scene "intro" {
  clock "16:05",
  narrate "土曜日の午後。雨が降っていて、あなたは部屋で絵を描いています。",
  ken "こんにちは、{name}さん！あなたの絵を見ました。とても上手ですね。わたしも絵を描くのが大好きで、毎日練習しています。",
  ken "同じ学校に友だちがいると思います（たぶん）。",
  think "ケン？知らない人だ。",
  choice "返事をする" { go = "photo", say = "ありがとう！だれですか？" },
  choice "先にプロフィールを見る" { go = "photo", did = "verify" },
}

scene "photo" {
  ken "あなたの写真を送ってください。",
  choice "いやだと言う" { go = "safe-end", say = "知らない人には写真を送りません。", did = "boundaries" },
  choice "姉のユイに話す" { go = "help-end", did = "talk" },
}

ending "safe-end" {
  title = "自分を守れました",
  narrate "もう何も起きません。あなたはまた絵を描きます。",
  summary = "ケンは写真をほしがりました。いやだと言って、それで終わりました。",
}

ending "help-end" {
  title = "助けを求めました",
  yui "話してくれてありがとう。あなたは悪くないよ。いっしょに考えよう。",
  summary = "ケンは写真をほしがりました。姉に話して、次にすることが楽になりました。",
}
