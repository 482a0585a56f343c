scene "ignored" {
  jay "whatever",
  go "told"
}
ending "told" {
  title = "Ms Ortiz helps",
  ms "thank you for telling me.",
  summary = "Jay posted your picture. A teacher helped.",
}
