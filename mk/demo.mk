# mk/demo.mk — the README's main job (to be replaced by the dataset build).
.PHONY: demo
demo: all
	@sqlite3 -box :memory: '.load build/newswire' '.read sql/demo.sql'
