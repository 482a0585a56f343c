-- copied the template folder and changed everything but the id :)
story {
  id = "template",
  title = "Where is Biscuit?? 🐶",
  language = "en",
  start = "start",
  minutes = 5,
  topic = "scam",
  teaches = { "verify", "no-pay", "talk" },
  vars = { paid = 0 },
}

local finder = character "finder" { name = "Dog Finder 🐕", color = "#f4a261" }
local dad = character "dad" { name = "Dad", in_person = true }

scene "start" {
	clock "21:14",
	narrate "Biscuit ran away yesterday 😭😭 You posted his photo everywhere.",
	finder "hi i found ur dog!!! 🐶 hes safe w me",
	finder { "but i need {money 50} for the vet b4 i bring him back", typing = 2 },
	choice "OMG yes ill pay" { go = "pay", add = { paid = 50 } },
	choice "Send me a photo of him first" { go = "photo", did = "verify" },
}

scene "photo" {
	finder.photo "A blurry brown dog. Not Biscuit: no white paw.",
	think "That's not him... Biscuit has a white paw.",
	choice "Tell Dad" { go = "dad", did = { "no-pay", "talk" } },
	choice "Pay anyway, just in case" { go = "pay", add = { paid = 50 } },
}

ending "pay" {
	title = "The money is gone",
	narrate "The account disappears. Biscuit was never there.",
	summary = "Someone used your lost dog to ask for money. Lots of people get tricked like this.",
	judges = { "no-pay" },
}

ending "dad" {
	title = "Dad calls the shelter",
	dad "Good thinking with the photo. Let's call the shelter tomorrow morning.",
	summary = "You asked for proof before paying, and told your dad.",
}
