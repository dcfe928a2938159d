"""CPU per component for make bench, from cgroup v2.

A cgroup's cpu.stat (usage_usec) counts every process that ran in it,
including the ones that have exited and were never waited for: mod_cgid's
daemon ignores its children's exits, so their CPU reaches no parent's
cutime/cstime and /proc accounting misses it (the hello-world CGI looked 3x
cheaper than it is).  Processes forked after a move inherit the group, so a
group given the mod_cgid daemon also gets every CGI process it starts.

The groups live under the cgroup2 mount (/sys/fs/cgroup, or
/sys/fs/cgroup/unified on a hybrid host; the cpu.stat usage fields need no
controller).  Without a writable cgroup2 there is no honest number: the
constructor raises, naming the path it tried."""
import os, time


def cgroup2_root():
    for line in open('/proc/self/mountinfo'):
        left, _, right = line.partition(' - ')
        if right.split()[0] == 'cgroup2':
            return left.split()[4]
    return None


class Groups:
    def __init__(self, tag, components):
        root = cgroup2_root()
        if not root:
            raise RuntimeError('no cgroup2 mount: CPU of exited CGI processes cannot be counted')
        own = ''
        for line in open('/proc/self/cgroup'):
            if line.startswith('0::'):
                own = line[3:].strip().lstrip('/')
        self.root = os.path.join(root, own)
        self.base = os.path.join(self.root, tag)
        self.comps = list(components)
        try:
            self.close()                                # left over from a run that was killed
            for c in self.comps:
                os.makedirs(os.path.join(self.base, c), exist_ok=True)
        except OSError as e:
            raise RuntimeError('cgroup2 at %s is not writable (%s): run make bench as root' % (self.base, e))

    def add(self, comp, pids):
        """Moves processes (with all their threads) into a component's group."""
        moved = 0
        for p in pids:
            try:
                with open(os.path.join(self.base, comp, 'cgroup.procs'), 'w') as f:
                    f.write(str(p))
                moved += 1
            except OSError:
                pass                                    # exited meanwhile
        return moved

    def members(self, comp):
        try:
            return [int(x) for x in open(os.path.join(self.base, comp, 'cgroup.procs')).read().split()]
        except OSError:
            return []

    def usage(self):
        """{component: CPU microseconds so far}"""
        out = {}
        for c in self.comps:
            for line in open(os.path.join(self.base, c, 'cpu.stat')):
                k, v = line.split()
                if k == 'usage_usec':
                    out[c] = int(v)
        return out

    def close(self):
        """Moves anything still running back to where it came from and removes the groups."""
        if not os.path.isdir(self.base):
            return
        for c in os.listdir(self.base):
            d = os.path.join(self.base, c)
            if not os.path.isdir(d):
                continue
            for p in open(os.path.join(d, 'cgroup.procs')).read().split():
                try:
                    with open(os.path.join(self.root, 'cgroup.procs'), 'w') as f:
                        f.write(p)
                except OSError:
                    pass
            for _ in range(50):         # a process still exiting keeps its group busy a moment
                try:
                    os.rmdir(d)
                    break
                except OSError:
                    time.sleep(0.1)
        try:
            os.rmdir(self.base)
        except OSError:
            pass
