// Command benchscale measures ingest at feed scale: it generates N articles
// from the repository's example texts (examples/articles), each with a
// distinct id and a published date shifted by one day per round through the
// examples, empties the local Neo4j database, runs `actorgraph ingest
// --log-batches` on them and prints the rate of every 10% slice of the
// articles and the totals: wall time, articles/s, client CPU and peak RSS,
// Neo4j CPU, store and transaction log size.
//
//	go run ./scripts/benchscale -n 2000 -uri bolt://127.0.0.1:7687
//
// With -generate FILE it only writes the N articles to FILE (JSON lines) and
// exits: `make extract-rss` and `make bulk-load` measure with it.
//
// It deletes everything in the database at -uri, so it refuses any server
// but one on this machine. `make bench-scale N=...` runs it against the
// local server of `make neo4j-start`.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/schema"
)

type options struct {
	n         int
	examples  string
	bin       string
	uri       string
	user      string
	password  string
	batchSize int
	neo4jHome string
	extra     string
	generate  string
	vary      bool
}

func main() {
	var o options
	flag.IntVar(&o.n, "n", 2000, "articles to generate and ingest")
	flag.StringVar(&o.examples, "examples", "examples/articles", "folder of example articles to repeat")
	flag.StringVar(&o.bin, "bin", "bin/actorgraph", "actorgraph binary")
	flag.StringVar(&o.uri, "uri", "bolt://127.0.0.1:7687", "Bolt URI of the local server (emptied first)")
	flag.StringVar(&o.user, "user", "neo4j", "Neo4j user")
	flag.StringVar(&o.password, "password", envOr("NEO4J_LOCAL_PASSWORD", "actorgraph-dev"), "Neo4j password")
	flag.IntVar(&o.batchSize, "batch-size", 0, "ingest --batch-size (0: the default)")
	flag.StringVar(&o.neo4jHome, "neo4j-home", ".neo4j", "home of the local server (pid file, store), for CPU and sizes")
	flag.StringVar(&o.extra, "args", "", "further ingest arguments, space-separated")
	flag.StringVar(&o.generate, "generate", "", "only write the N articles to this file (JSON lines) and exit")
	flag.BoolVar(&o.vary, "vary", false, "give the people of the examples new surnames in every round, so that the graph grows a long tail of people as a feed does (the countries and bodies stay the hubs they are)")
	flag.Parse()
	if o.generate != "" {
		if err := generate(o, o.generate); err != nil {
			fmt.Fprintln(os.Stderr, "benchscale:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "benchscale:", err)
		os.Exit(1)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func run(o options) error {
	if o.n < 10 {
		return fmt.Errorf("-n %d: need at least 10 articles", o.n)
	}
	dir, err := os.MkdirTemp("", "benchscale")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	feed := filepath.Join(dir, "feed.jsonl")
	if err := generate(o, feed); err != nil {
		return err
	}
	if err := empty(o); err != nil {
		return err
	}
	neoBefore, threadsBefore := neo4jCPU(o.neo4jHome), neo4jThreads(o.neo4jHome)
	args := []string{"ingest", "--log-batches", "--neo4j-uri", o.uri, "--neo4j-user", o.user}
	if o.batchSize > 0 {
		args = append(args, "--batch-size", strconv.Itoa(o.batchSize))
	}
	args = append(args, strings.Fields(o.extra)...)
	args = append(args, feed)
	cmd := exec.Command(o.bin, args...)
	cmd.Env = append(os.Environ(), "NEO4J_PASSWORD="+o.password, "ACTORGRAPH_NEO4J_PASSWORD="+o.password)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	points, summary := readLog(stderr)
	err = cmd.Wait()
	wall := time.Since(start).Seconds()
	if err != nil {
		return fmt.Errorf("%s %s: %w (%s)", o.bin, strings.Join(args, " "), err, summary)
	}
	neoCPU := neo4jCPU(o.neo4jHome) - neoBefore
	report(o, points, wall, cmd.ProcessState, neoCPU, summary)
	if after := neo4jThreads(o.neo4jHome); len(after) > 0 {
		var parts []string
		for _, k := range []string{"queries (Bolt workers)", "JIT compiler", "garbage collector", "other"} {
			parts = append(parts, fmt.Sprintf("%s %.1f s", k, after[k]-threadsBefore[k]))
		}
		fmt.Printf("Neo4j CPU by thread: %s\n", strings.Join(parts, ", "))
	}
	return nil
}

// generate writes n articles, the examples over and over, as JSON lines.
func generate(o options, path string) error {
	var base []ingest.Article
	err := ingest.ReadPaths([]string{o.examples}, nil, func(a ingest.Article, err error) error {
		if err == nil && a.Text != "" {
			base = append(base, a)
		}
		return nil
	})
	if err != nil || len(base) == 0 {
		return fmt.Errorf("read %s: %d articles (%v)", o.examples, len(base), err)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	var ps *people
	if o.vary {
		if ps, err = surnames(base); err != nil {
			return err
		}
	}
	day0 := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range o.n {
		a := base[i%len(base)]
		round := i / len(base)
		if ps != nil && round > 0 {
			a.Title = ps.rename(a.Title, round)
			a.Text = ps.rename(a.Text, round)
		}
		id := a.ID
		if id == "" {
			id = strings.TrimSuffix(filepath.Base(a.Path), filepath.Ext(a.Path))
		}
		if err := enc.Encode(map[string]string{
			"id":        fmt.Sprintf("bench-%07d-%s", i, id),
			"title":     a.Title,
			"published": day0.AddDate(0, 0, round).Format(time.DateOnly),
			"source":    "benchscale",
			"text":      a.Text,
		}); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// people are the last names of the people the extractor finds in the
// examples, and a pattern that finds them.
type people struct {
	pattern *regexp.Regexp
	index   map[string]int
}

// surnames finds the people of the examples.
func surnames(base []ingest.Article) (*people, error) {
	p, err := ingest.NewPipeline(ingest.Options{Published: "2016-01-01"})
	if err != nil {
		return nil, err
	}
	ps := &people{index: map[string]int{}}
	var names []string
	for _, a := range base {
		for _, e := range p.Extract(a).Nodes() {
			f := strings.Fields(e.Name)
			if e.Label != schema.Person || len(f) < 2 {
				continue
			}
			if last := f[len(f)-1]; !slices.Contains(names, last) {
				names = append(names, last)
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("-vary: the examples name no people")
	}
	sort.Strings(names)
	quoted := make([]string, len(names))
	for i, n := range names {
		ps.index[n] = i
		quoted[i] = regexp.QuoteMeta(n)
	}
	ps.pattern = regexp.MustCompile(`\b(` + strings.Join(quoted, "|") + `)\b`)
	return ps, nil
}

// syllables spell the invented surnames of -vary.
var syllables = []string{"ka", "lo", "ven", "dar", "mi", "so", "ret", "an", "bel", "cor", "tu", "vi", "nes", "ga", "ro", "shi"}

// rename gives every surname of ps in s a new one, the same for one surname
// and round and distinct across surnames and rounds: the number
// round*len+index spelled in syllables.
func (ps *people) rename(s string, round int) string {
	return ps.pattern.ReplaceAllStringFunc(s, func(name string) string {
		b := []byte("Vor")
		for n := round*len(ps.index) + ps.index[name]; n > 0; n /= len(syllables) {
			b = append(b, syllables[n%len(syllables)]...)
		}
		return string(b)
	})
}

// empty deletes everything in the database, which must be on this machine.
func empty(o options) error {
	u, err := url.Parse(o.uri)
	if err != nil {
		return err
	}
	if h := u.Hostname(); h != "127.0.0.1" && h != "localhost" && h != "::1" {
		return fmt.Errorf("refusing to empty the database at %s: not a local server", o.uri)
	}
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(o.uri, neo4j.BasicAuth(o.user, o.password, ""))
	if err != nil {
		return err
	}
	defer d.Close(ctx)
	s := d.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite})
	defer s.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 1000 ROWS",
		"MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 1000 ROWS",
	} {
		res, err := s.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("empty the database at %s: %w", o.uri, err)
		}
	}
	return nil
}

var batchLine = regexp.MustCompile(`^ingest: batch \d+ written: (\d+) articles in ([0-9.]+)s(?:, (\d+) rows)?`)

type point struct {
	written int
	secs    float64
	rows    int // UNWIND rows written so far
}

// readLog collects the batch lines of ingest's stderr and its summary line.
func readLog(r io.Reader) ([]point, string) {
	var points []point
	var summary []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if m := batchLine.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[1])
			s, _ := strconv.ParseFloat(m[2], 64)
			rows, _ := strconv.Atoi(m[3])
			points = append(points, point{n, s, rows})
			continue
		}
		summary = append(summary, line)
	}
	return points, strings.Join(summary, "; ")
}

func report(o options, points []point, wall float64, ps *os.ProcessState, neoCPU float64, summary string) {
	fmt.Printf("benchscale: %d articles from %s, %s\n", o.n, o.examples, summary)
	fmt.Println("| slice | articles written | at s | slice s | slice articles/s | slice rows/s |")
	fmt.Println("|---:|---:|---:|---:|---:|---:|")
	prev := point{}
	k := 0
	for slice := 1; slice <= 10; slice++ {
		want := (o.n*slice + 9) / 10
		for k < len(points) && points[k].written < want {
			k++
		}
		if k == len(points) {
			break
		}
		p := points[k]
		if p.written == prev.written {
			fmt.Printf("| %d0%% | %d | %.1f | - | (same batch) | |\n", slice, p.written, p.secs)
			continue
		}
		dt := p.secs - prev.secs
		fmt.Printf("| %d0%% | %d | %.1f | %.1f | %.0f | %.0f |\n", slice, p.written, p.secs, dt,
			float64(p.written-prev.written)/dt, float64(p.rows-prev.rows)/dt)
		prev = p
	}
	ru, _ := ps.SysUsage().(*syscall.Rusage)
	var cpu, rss float64
	if ru != nil {
		cpu = float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
		rss = float64(ru.Maxrss) / 1024
	}
	rows := 0
	if len(points) > 0 {
		rows = points[len(points)-1].rows
	}
	fmt.Printf("total: %d articles, %d rows in %.1f s wall = %.0f articles/s, %.0f rows/s; client CPU %.1f s, peak RSS %.0f MB; Neo4j CPU %.1f s; store %s, transaction logs %s\n",
		o.n, rows, wall, float64(o.n)/wall, float64(rows)/wall, cpu, rss, neoCPU,
		size(filepath.Join(o.neo4jHome, "data/databases/neo4j")), size(filepath.Join(o.neo4jHome, "data/transactions/neo4j")))
}

// neo4jThreads returns the CPU seconds the threads of the local server have
// used, by kind: the Bolt workers that run the queries, the JIT compiler,
// the garbage collector and the others (threads that have ended are not
// counted).
func neo4jThreads(home string) map[string]float64 {
	pid, err := os.ReadFile(filepath.Join(home, "run/neo4j.pid"))
	if err != nil {
		return nil
	}
	tasks, _ := filepath.Glob("/proc/" + strings.TrimSpace(string(pid)) + "/task/*")
	out := map[string]float64{}
	for _, t := range tasks {
		comm, err1 := os.ReadFile(t + "/comm")
		stat, err2 := os.ReadFile(t + "/stat")
		if err1 != nil || err2 != nil {
			continue
		}
		name := string(comm)
		kind := "other"
		switch {
		case strings.HasPrefix(name, "neo4j.BoltWorke"): // comm keeps 15 bytes
			kind = "queries (Bolt workers)"
		case strings.Contains(name, "CompilerThre"):
			kind = "JIT compiler"
		case strings.HasPrefix(name, "GC ") || strings.HasPrefix(name, "G1 "):
			kind = "garbage collector"
		}
		out[kind] += ticks(string(stat))
	}
	return out
}

// ticks returns the user and system CPU seconds of a /proc stat line.
func ticks(stat string) float64 {
	fields := strings.Fields(stat[strings.LastIndexByte(stat, ')')+1:])
	if len(fields) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(fields[11], 64)
	st, _ := strconv.ParseFloat(fields[12], 64)
	return (ut + st) / 100 // clock ticks
}

// neo4jCPU returns the CPU seconds the local server has used, or 0.
func neo4jCPU(home string) float64 {
	pid, err := os.ReadFile(filepath.Join(home, "run/neo4j.pid"))
	if err != nil {
		return 0
	}
	stat, err := os.ReadFile("/proc/" + strings.TrimSpace(string(pid)) + "/stat")
	if err != nil {
		return 0
	}
	return ticks(string(stat))
}

func size(dir string) string {
	var total int64
	filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			total += info.Size()
		}
		return nil
	})
	return fmt.Sprintf("%.1f MB", float64(total)/1e6)
}
