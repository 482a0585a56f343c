-- expect: ran too long
-- overwriting the story words only hurts the story itself
story = function() while true do end end
story { id = "x" }
