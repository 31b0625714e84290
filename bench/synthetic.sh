# Synthetic sites for the benchmarks (sourced by bench/run and bench/serve): the article's ten
# section pages repeated in groups of ten, nested ten to a folder (part-N/chapter-N/group-N/), so
# every internal link still resolves. generate N writes bench/work/site-N/content once.
group_dir() { # $1 = site dir, $2 = group number
  printf '%s/content/part-%d/chapter-%d/group-%d' "$1" $(($2 / 100)) $(($2 / 10 % 10)) $(($2 % 10))
}

generate() { # $1 = pages
  local pages=$1 dir=$work/site-$1
  [ -f "$dir/.complete" ] && return
  rm -rf "$dir"; mkdir -p "$dir/content"
  printf -- '---\ntitle: "Synthetic %s"\n---\n\nHome of a synthetic site built from the article.\n' "$pages" > "$dir/content/index.md"
  local sections=(content/[0-9][0-9]-*.md)
  local groups=$(( (pages + 9) / 10 )) made=0
  for ((g = 0; g < groups; g++)); do
    local gdir
    gdir=$(group_dir "$dir" "$g")
    mkdir -p "$gdir"
    for s in "${sections[@]}"; do
      [ $made -lt $((pages - 1)) ] || break
      sed -E "0,/^title: \"(.*)\"$/s//title: \"\\1 (${g})\"/" "$s" > "$gdir/$(basename "$s")"
      made=$((made + 1))
    done
  done
  # a group cut short may lack a link target: give it the rest of the article
  for s in "${sections[@]}"; do
    local last; last=$(group_dir "$dir" $((groups - 1)))
    [ -f "$last/$(basename "$s")" ] || cp "$s" "$last/$(basename "$s")"
  done
  touch "$dir/.complete"
}

