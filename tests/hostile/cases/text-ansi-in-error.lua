-- expect: ids are letters, digits
-- the id is quoted in the error message: no ESC may reach the terminal
scene "\27[2J\27[31mred" { go "x" }
