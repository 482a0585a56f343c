-- expect: unfinished string
story {
  id = "x",
  title = "unterminated
