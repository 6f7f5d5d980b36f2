# Floors of other people's test suites (sourced by tests/cpython/run and
# tests/tornado_suite/run). A floor file has one line a module: its name,
# how many of the tests passing on the reference interpreter whirl passed
# when it was written, and how many passed on the reference then.

# floor_want FILE MODULE REFERENCE_NOW: the count whirl must reach now. A
# suite updated since (a new Debian testsuite package, a Tornado patch
# release) may have fewer tests: the floor drops by as many as the
# reference lost, so whirl's failures may not grow.
floor_want() {
    awk -v m="$2" -v now="$3" '$1==m {
        lost = ($3 != "" && $3 > now) ? $3 - now : 0
        print ($2 > lost ? $2 - lost : 0) }' "$1"
}

# floor_write FILE HEADER_LINE... < NEW_LINES: the modules run get today's
# counts; the others keep theirs, so that updating a few modules leaves the
# rest of the floor alone.
floor_write() {
    local file="$1"
    shift
    {
        printf '%s\n' "$@"
        awk 'NR==FNR { if ($1 !~ /^#/ && NF) { old[$1]=$2 " " $3; order[++n]=$1 }; next }
            NF { new[$1]=$2 " " $3; if (!($1 in old)) order[++n]=$1 }
            END { for (i=1;i<=n;i++) { m=order[i]; print m, (m in new ? new[m] : old[m]) } }' \
            "$file" -
    } >"$file.new"
    mv "$file.new" "$file"
}
