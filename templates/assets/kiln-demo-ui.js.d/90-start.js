// for other scripts, and for the test that holds them to the build-time figure's formats
Kiln.demoFormat = { readout: fmt, tick: tick };
figures.forEach(function (figure) { Kiln.demos.push(new Demo(figure)); });
