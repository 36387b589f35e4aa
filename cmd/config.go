package cmd

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/actorgraph/actorgraph/ingest"
)

// Config mirrors config.yaml. Values are resolved, highest first, from
// command-line flags, ACTORGRAPH_* environment variables (the dotted key in
// upper case with "." -> "_", e.g. ACTORGRAPH_NEO4J_URI), the standard
// NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD variables, the config file,
// and the defaults.
type Config struct {
	Neo4j   Neo4jConfig   `mapstructure:"neo4j"`
	Load    LoadConfig    `mapstructure:"load"`
	Ingest  IngestConfig  `mapstructure:"ingest"`
	Extract ExtractConfig `mapstructure:"extract"`
}

// Neo4jConfig says where the graph lives.
type Neo4jConfig struct {
	URI      string `mapstructure:"uri"`
	User     string `mapstructure:"user"`
	Password string `mapstructure:"password"`
	Database string `mapstructure:"database"`
}

// LoadConfig tunes writing to Neo4j.
type LoadConfig struct {
	// BatchSize is the number of articles per write transaction and the
	// number of rows per UNWIND statement.
	BatchSize int `mapstructure:"batch_size"`
}

// IngestConfig tunes reading and extraction.
type IngestConfig struct {
	// Workers is the number of parallel extraction workers; 0 means one per CPU.
	Workers int `mapstructure:"workers"`
	// Published is the date given to articles that carry none (YYYY-MM-DD or
	// any form ingest.ParseDate reads); empty leaves them undated.
	Published string `mapstructure:"published"`
	// MaxArticleBytes bounds one article as read (a text, markdown or HTML
	// file, a JSONL line, a JSON object); a larger one fails alone.
	MaxArticleBytes int `mapstructure:"max_article_bytes"`
}

// ExtractConfig configures the extraction pipeline.
type ExtractConfig struct {
	// Dictionaries are YAML files of custom actors and verbs.
	Dictionaries []string `mapstructure:"dictionaries"`
}

// Default values of every key; every key has one, so that environment
// variables reach Unmarshal.
var defaults = map[string]any{
	"neo4j.uri":                "bolt://127.0.0.1:7687",
	"neo4j.user":               "neo4j",
	"neo4j.password":           "actorgraph-dev",
	"neo4j.database":           "neo4j",
	"load.batch_size":          500,
	"ingest.workers":           0,
	"ingest.published":         "",
	"ingest.max_article_bytes": ingest.DefaultMaxArticleBytes,
	"extract.dictionaries":     []string{},
}

// standardEnv are the Neo4j tools' own variables, below ACTORGRAPH_*.
var standardEnv = map[string]string{
	"neo4j.uri":      "NEO4J_URI",
	"neo4j.user":     "NEO4J_USERNAME",
	"neo4j.password": "NEO4J_PASSWORD",
}

// envPrefix prefixes the environment variables of every key.
const envPrefix = "ACTORGRAPH"

// DefaultConfigFile is read when --config is not given and it exists.
const DefaultConfigFile = "config.yaml"

// loadConfig resolves the configuration of one run: file (path, else
// ./config.yaml when present), environment through getenv, and the flags
// of flags bound to keys (key -> flag name). It validates the result.
func loadConfig(path string, getenv func(string) string, flags *pflag.FlagSet, bind map[string]string) (Config, error) {
	v := viper.New()
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	explicit := path != ""
	if !explicit {
		if _, err := os.Stat(DefaultConfigFile); err == nil {
			path = DefaultConfigFile
		}
	}
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			var nf viper.ConfigFileNotFoundError
			if errors.As(err, &nf) || os.IsNotExist(errors.Unwrap(err)) || os.IsNotExist(err) {
				return Config{}, &usageError{fmt.Errorf("config file %s: not found", path)}
			}
			return Config{}, &usageError{fmt.Errorf("read config file %s: %w", path, err)}
		}
	}
	// Environment: ACTORGRAPH_<KEY> first, then the standard NEO4J_* names.
	// Viper's own env lookup reads the process environment, so look up
	// through getenv and set overrides by hand (tests pass their own).
	for k := range defaults {
		name := envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(k, ".", "_"))
		val, ok := lookup(getenv, name)
		if !ok {
			if std, has := standardEnv[k]; has {
				val, ok = lookup(getenv, std)
			}
		}
		if ok {
			if k == "extract.dictionaries" {
				v.Set(k, splitList(val))
			} else {
				v.Set(k, val)
			}
		}
	}
	if flags != nil {
		for k, name := range bind {
			f := flags.Lookup(name)
			if f == nil || !f.Changed {
				continue
			}
			// Set, not BindPFlag: values set by hand outrank bound flags in
			// viper, and the environment above is set by hand.
			if sv, ok := f.Value.(pflag.SliceValue); ok {
				v.Set(k, sv.GetSlice())
			} else {
				v.Set(k, f.Value.String())
			}
		}
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, &usageError{fmt.Errorf("config: %w", err)}
	}
	if err := c.Validate(); err != nil {
		return Config{}, &usageError{err}
	}
	return c, nil
}

func lookup(getenv func(string) string, name string) (string, bool) {
	v := getenv(name)
	return v, v != ""
}

func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
}

// Validate checks the values and normalises them: the date to YYYY-MM-DD,
// workers 0 to the number of CPUs.
func (c *Config) Validate() error {
	u, err := url.Parse(c.Neo4j.URI)
	if err != nil || u.Host == "" {
		return fmt.Errorf("config neo4j.uri: %q is not a URI like bolt://127.0.0.1:7687", c.Neo4j.URI)
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return fmt.Errorf("config neo4j.uri: scheme %q is not one of bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc", u.Scheme)
	}
	if strings.TrimSpace(c.Neo4j.User) == "" {
		return errors.New("config neo4j.user: must not be empty")
	}
	if strings.TrimSpace(c.Neo4j.Database) == "" {
		return errors.New("config neo4j.database: must not be empty")
	}
	if c.Load.BatchSize < 1 || c.Load.BatchSize > 100000 {
		return fmt.Errorf("config load.batch_size: %d is not between 1 and 100000", c.Load.BatchSize)
	}
	if c.Ingest.Workers < 0 || c.Ingest.Workers > 1024 {
		return fmt.Errorf("config ingest.workers: %d is not between 0 (one per CPU) and 1024", c.Ingest.Workers)
	}
	if c.Ingest.MaxArticleBytes < 1024 || c.Ingest.MaxArticleBytes > ingest.MaxFileSize {
		return fmt.Errorf("config ingest.max_article_bytes: %d is not between 1024 and %d (64 MiB)", c.Ingest.MaxArticleBytes, ingest.MaxFileSize)
	}
	if c.Ingest.Workers == 0 {
		c.Ingest.Workers = runtime.NumCPU()
	}
	d, err := ingest.ParseDate(c.Ingest.Published)
	if err != nil {
		return fmt.Errorf("config ingest.published: %w", err)
	}
	c.Ingest.Published = d
	return nil
}
