# Moves the exit-status table of a manual that swift-argument-parser's generate-manual wrote (lines of
# "<status> <meaning>" under "Exit statuses of the commands:", which mdoc would run into one paragraph) into
# its EXIT STATUS section, in place of the generic "exits 0 on success, and >0 if an error occurs".
/^Exit statuses of the commands:$/ { in_table = 1; next }
in_table && /^[0-9]+ +/ {
    status = $1
    sub(/^[0-9]+ +/, "")
    statuses[++count] = status
    meanings[count] = $0
    next
}
{ in_table = 0 }
/^\.Ex -std/ { next }
{ print }
END {
    if (count == 0) { print "man-exit-statuses.awk: no exit-status table found" > "/dev/stderr"; exit 1 }
    print ".Bl -tag -width 4n -compact"
    for (i = 1; i <= count; i++) { print ".It " statuses[i]; print meanings[i] }
    print ".El"
}
