-- Which actors are named together in the same sentence most often?
SELECT actor1,
       actor2,
       sentences,
       articles
FROM nw_actor_pairs
WHERE sentences > 0
ORDER BY sentences DESC, articles DESC, actor1, actor2
LIMIT 10;
