// A name under the reserved .invalid TLD never resolves. The lookup runs only
// inside the runner's private network namespace, where it fails at once
// without a DNS query leaving the machine.
// needs: netns
print(tcp_connect("no-such-host.invalid", 80))     // expect: 0
print(net_last_error())                            // expect: unknown host 'no-such-host.invalid'
print(tcp_connect_nb("no-such-host.invalid", 80))  // expect: 0
print(net_last_error())                            // expect: unknown host 'no-such-host.invalid'
print(tcp_listen_host("no-such-host.invalid", 0, 1))   // expect: 0
