// Command newsgraph builds a knowledge graph of the people, organisations,
// countries, places and agreements in news text, stores it in Cayley, and
// queries, exports and draws it.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr}, os.Args[1:]))
}

// run executes the command line and maps the result to an exit code:
// 0 success, 1 failure, 2 usage error, 3 partial success (some inputs
// skipped).
func run(ctx context.Context, io streams, args []string) int {
	root := newRootCmd(io)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return 0
	case errors.As(err, new(*usageError)):
		fmt.Fprintln(io.Err, "newsgraph:", err)
		fmt.Fprintln(io.Err, "Run 'newsgraph --help' for usage.")
		return 2
	case errors.Is(err, errPartial):
		fmt.Fprintln(io.Err, "newsgraph:", err)
		return 3
	default:
		fmt.Fprintln(io.Err, "newsgraph:", err)
		return 1
	}
}
